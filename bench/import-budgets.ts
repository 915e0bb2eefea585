/**
 * The import budget of issue #3, measured as a ratio against a floor in the same run (these
 * machines are shared and noisy), and the scoring budgets on the same data. BENCH_ROWS overrides
 * the 1,000,000 rows.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshDatabase } from '../tests/helpers/databases.ts';
import { printChecks, type Check } from './checks.ts';
import { runChild } from './children.ts';
import { writeHospitalFile } from './hospital-file.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const BUDGET = { ratio: 0.6, rssMb: 400, recomputeSeconds: 30, recomputeRssMb: 1024, monteCarloSeconds: 10 };

export async function importBudgets(): Promise<boolean> {
	const dir = mkdtempSync(join(tmpdir(), 'himap-bench-'));
	const file = join(dir, 'hospital-gb18030.csv');
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each child prints its own shape
	const child = (script: string, ...args: string[]) => runChild<any>(script, ...args);

	try {
		console.log(`generating ${ROWS.toLocaleString('en')} hospital rows (GB18030, Chinese headers)…`);
		await writeHospitalFile(file, ROWS);
		console.log(`  ${(statSync(file).size / 1e6).toFixed(0)} MB`);

		const floor = child('bench/floor.ts', file, join(dir, 'floor.db'));
		const sqliteUrl = `sqlite:${join(dir, 'himap.db')}`;
		const sqlite = child('bench/import-child.ts', file, sqliteUrl);
		const scoring = child('bench/scoring-child.ts', sqliteUrl, '2024');
		const monteCarlo = child('bench/monte-carlo-child.ts', sqliteUrl, '2024');
		const pgDb = await freshDatabase('postgres');
		let postgres;
		try {
			postgres = child('bench/import-child.ts', file, pgDb.url);
		} finally {
			await pgDb.drop();
		}
		for (const r of [sqlite, postgres]) if (r.code !== 0) throw new Error(`import failed: ${r.output}`);

		const rate = (r: { seconds: number }) => ROWS / r.seconds;
		const line = (name: string, r: { seconds: number; maxRssMb: number }) =>
			`${name.padEnd(34)} ${r.seconds.toFixed(2).padStart(7)} s ${Math.round(rate(r)).toLocaleString('en').padStart(9)} rows/s ${Math.round(r.maxRssMb).toString().padStart(5)} MB peak RSS`;
		console.log(line('floor (naive pipeline, SQLite)', floor));
		console.log(line('himap import, SQLite', sqlite));
		console.log(line('himap import, PostgreSQL', postgres));
		const ratio = rate(sqlite) / rate(floor);
		const checks: Check[] = [
			[
				`SQLite import / floor rows/s = ${ratio.toFixed(2)} (budget ≥ ${BUDGET.ratio})`,
				ratio >= BUDGET.ratio
			],
			[
				`SQLite import peak RSS ${Math.round(sqlite.maxRssMb)} MB (budget < ${BUDGET.rssMb} MB)`,
				sqlite.maxRssMb < BUDGET.rssMb
			],
			[
				`PostgreSQL import peak RSS ${Math.round(postgres.maxRssMb)} MB (budget < ${BUDGET.rssMb} MB)`,
				postgres.maxRssMb < BUDGET.rssMb
			],
			[
				`full recompute of ${scoring.respondents.toLocaleString('en')} respondents ${scoring.seconds.toFixed(1)} s (budget < ${BUDGET.recomputeSeconds} s)`,
				scoring.seconds < BUDGET.recomputeSeconds
			],
			[
				`recompute peak RSS ${Math.round(scoring.maxRssMb)} MB (budget < ${BUDGET.recomputeRssMb} MB)`,
				scoring.maxRssMb < BUDGET.recomputeRssMb
			],
			[
				`Monte Carlo, 1,000 draws over ${monteCarlo.provinces} provinces: ${monteCarlo.draws.toFixed(2)} s (budget < ${BUDGET.monteCarloSeconds} s); preparing their profiles from every response ${monteCarlo.prepare.toFixed(1)} s; peak RSS ${Math.round(monteCarlo.maxRssMb)} MB`,
				monteCarlo.draws < BUDGET.monteCarloSeconds
			]
		];
		const ok = printChecks(checks);
		console.log(
			`PostgreSQL import / floor rows/s = ${(rate(postgres) / rate(floor)).toFixed(2)} (reported, no budget)`
		);
		return ok;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
