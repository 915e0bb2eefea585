/**
 * The preview's memory budget of issue #13: a 1,000,000-row hospital file checked as the upload
 * page checks it — a dry run of the real import with the preview — in under 400 MB peak RSS. The
 * file holds every hospital of the last round (1,000,000, stored and approved) with other answers
 * for a new round that already has a scored run, so every row is compared with its last round
 * (plausibility), scored held to the new round's run, and moved in its county, city and province.
 * (A resubmission over approved data is refused, so the changed-cell path is bounded by its cap
 * of 500 listed and not measured here.) BENCH_ROWS overrides the 1,000,000 rows.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printChecks } from './checks.ts';
import { runChild } from './children.ts';
import { writeHospitalFile } from './hospital-file.ts';
import { execFileSync } from 'node:child_process';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const BUDGET = { rssMb: 400 };

const himap = (...args: string[]) =>
	execFileSync(process.execPath, ['bin/himap.js', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });

export async function previewBudgets(): Promise<boolean> {
	const dir = mkdtempSync(join(tmpdir(), 'himap-bench-preview-'));
	try {
		const last = join(dir, 'hospital-2024.csv');
		const others = join(dir, 'hospital-2025-others.csv');
		const file = join(dir, 'hospital-2025.csv');
		console.log(`generating ${ROWS.toLocaleString('en')} hospital rows twice (GB18030, Chinese headers)…`);
		await writeHospitalFile(last, ROWS);
		await writeHospitalFile(others, 2_000, 2025, 'X');
		await writeHospitalFile(file, ROWS, 2025, 'H', 7);
		console.log(`  ${(statSync(file).size / 1e6).toFixed(0)} MB`);
		const url = `sqlite:${join(dir, 'himap.db')}`;
		console.log('importing the last round, and a scored start of the new one…');
		himap('import', last, '--no-score', '--db', url);
		himap('import', others, '--db', url);
		himap('round', 'open', '2025', '--db', url);
		const r = runChild<{
			ok: boolean;
			errors: number;
			rows: number;
			warnings: number;
			scored: string;
			seconds: number;
			maxRssMb: number;
		}>('bench/preview-child.ts', file, url);
		if (!r.ok) throw new Error(`the file was refused with ${r.errors} errors`);
		console.log(
			`preview of ${r.rows.toLocaleString('en')} rows (${r.warnings.toLocaleString('en')} plausibility warnings, round ${r.scored}): ${r.seconds.toFixed(1)} s, ${Math.round(r.maxRssMb)} MB peak RSS`
		);
		return printChecks([
			[
				`preview peak RSS ${Math.round(r.maxRssMb)} MB (budget < ${BUDGET.rssMb} MB)`,
				r.maxRssMb < BUDGET.rssMb
			],
			[
				`every row checked and scored (${r.rows} of ${ROWS}, round ${r.scored})`,
				r.rows === ROWS && r.scored === 'scored'
			]
		]);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
