/**
 * Memory whatever the file: `himap import` of pathological inputs, each in a
 * process of its own — 30 MB of double quotes, a 200 MB line, a 600 MB line, a header of two
 * million unknown columns. Each must be refused (exit 1) with peak RSS < 400 MB. (The valid
 * 1,800,000-row file is held to the same budget in the export section.)
 */
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printChecks, type Check } from './checks.ts';
import { runChild } from './children.ts';

const BUDGET = { rssMb: 400 };
const MB = 1024 * 1024;

/** Writes `head`, then `size` bytes of `fill`, then `tail`, a megabyte at a time. */
async function writeFile(path: string, head: string, fill: string, size: number, tail = '') {
	const out = createWriteStream(path);
	const write = async (chunk: string | Buffer) => {
		if (!out.write(chunk)) await once(out, 'drain');
	};
	await write(head);
	const block = Buffer.alloc(MB, fill);
	for (let left = size; left > 0; left -= MB) await write(left >= MB ? block : block.subarray(0, left));
	await write(tail);
	out.end();
	await once(out, 'finish');
}

const HEADER =
	'year,respondent_id,name,region_code,level,platform_built,did_built,ehrd_built,emrd_built,tech_cloud,tech_bigdata,tech_iot,tech_mobile,tech_ai,it_staff,security_system,mlps_evaluated\n';

export async function fileBudgets(): Promise<boolean> {
	const dir = mkdtempSync(join(tmpdir(), 'himap-bench-files-'));
	const db = `sqlite:${join(dir, 'himap.db')}`;
	const cases: [string, (path: string) => Promise<void>][] = [
		['30 MB of double quotes', (p) => writeFile(p, '', '"', 30 * MB)],
		[
			'a 200 MB name in row 2',
			(p) => writeFile(p, HEADER + '2024,R1,', 'A', 200 * MB, ',440000,provincial,yes\n')
		],
		['one 600 MB line', (p) => writeFile(p, '', 'A', 600 * MB)],
		['a header of 2,000,000 unknown columns', (p) => writeFile(p, '', 'x,', 4 * MB, 'x\n')]
	];
	const checks: Check[] = [];
	try {
		for (const [name, make] of cases) {
			const path = join(dir, 'case.csv');
			await make(path);
			const size = statSync(path).size / MB;
			const r = runChild<{ code: number; seconds: number; maxRssMb: number; output: string }>(
				'bench/import-child.ts',
				path,
				db
			);
			checks.push([
				`${name} (${size.toFixed(0)} MB): exit ${r.code} in ${r.seconds.toFixed(1)} s, peak RSS ${Math.round(r.maxRssMb)} MB — "${r.output.split('\n')[0].slice(0, 90)}" (budget: refused, < ${BUDGET.rssMb} MB)`,
				r.code === 1 && r.maxRssMb < BUDGET.rssMb
			]);
			rmSync(path);
		}
		return printChecks(checks);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
