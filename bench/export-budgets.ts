/**
 * The export budgets, on a round of 1,800,000 hospitals (BENCH_EXPORT_ROWS overrides):
 * the `responses` table (respondent × indicator, ~47 M rows) streamed as CSV, JSON and XLSX by the
 * CLI and over HTTP, each in a process of its own, and the `normalised` table (~31 M rows) as CSV. Budgets: peak RSS ≤ 300 MB whatever the format
 * (the server's own, during one download and during four at once); CSV rows/s ≥ 160k and ≥ 2× a
 * naive streamed export measured in the same run (export-floor.ts). The import of the 1.8 M-row
 * file is held to < 400 MB too. XLSX of this round is refused (it cannot fit a
 * sheet): the workbook is measured on a second round of ~1 M rows.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printChecks, type Check } from './checks.ts';
import { runChild } from './children.ts';
import { buildApp, startServer } from './demo-server.ts';
import { writeHospitalFile } from './hospital-file.ts';

const ROWS = Number(process.env.BENCH_EXPORT_ROWS ?? 1_800_000);
// ~23 rows per hospital: a round this size makes a responses sheet just under Excel's limit.
const XLSX_RESPONDENTS = Math.min(45_000, ROWS);
const BUDGET = { rssMb: 300, importRssMb: 400, csvRowsPerSecond: 160_000, floorRatio: 2 };
/** The floor is a rate: measured over this many rows, not the whole table. */
const FLOOR_ROWS = 5_000_000;
/** Concurrent downloads are measured for this long each, then cancelled. */
const CONCURRENT_SECONDS = 20;

interface ExportRun {
	code: number;
	seconds: number;
	bytes: number;
	lines: number;
	maxRssMb: number;
	err: string;
}

const mb = (n: number) => `${Math.round(n)} MB`;
const rate = (rows: number, seconds: number) => `${Math.round(rows / seconds).toLocaleString('en')} rows/s`;

export async function exportBudgets({ build }: { build: boolean }): Promise<boolean> {
	if (build) {
		console.log('building the app (npm run build; --no-build reuses build/)…');
		buildApp();
	}
	const dir = mkdtempSync(join(tmpdir(), 'himap-bench-export-'));
	const path = join(dir, 'himap.db');
	const url = `sqlite:${path}`;
	try {
		console.log(
			`generating ${ROWS.toLocaleString('en')} hospitals for 2024 and ${XLSX_RESPONDENTS.toLocaleString('en')} for 2023…`
		);
		const big = join(dir, 'hospital-2024.csv');
		const small = join(dir, 'hospital-2023.csv');
		await writeHospitalFile(big, ROWS, 2024);
		await writeHospitalFile(small, XLSX_RESPONDENTS, 2023);
		const imported = runChild('bench/import-child.ts', big, url);
		if (imported.code !== 0) throw new Error(`import failed: ${JSON.stringify(imported)}`);
		runChild('bench/import-child.ts', small, url);
		const scored = runChild('bench/scoring-child.ts', url, '2024');
		runChild('bench/scoring-child.ts', url, '2023');
		console.log(
			`import of ${(statSync(big).size / 1e6).toFixed(0)} MB: ${imported.seconds.toFixed(1)} s, ${mb(imported.maxRssMb)} peak; ` +
				`scoring (run, roll-up, rank intervals, audit, rates): ${scored.seconds.toFixed(1)} s, ${mb(scored.maxRssMb)} peak`
		);

		const floor = runChild('bench/export-floor.ts', path, '2024', String(FLOOR_ROWS));
		const csv = runChild<ExportRun>('bench/export-child.ts', url, 'responses', '2024', 'csv');
		const json = runChild<ExportRun>('bench/export-child.ts', url, 'responses', '2024', 'json');
		// As large as responses (17 rows per hospital), made from the run's stored normalisation.
		const normalised = runChild<ExportRun>('bench/export-child.ts', url, 'normalised', '2024', 'csv');
		const refused = runChild<ExportRun>(
			'bench/export-child.ts',
			url,
			'responses',
			'2024',
			'xlsx',
			join(dir, 'refused.xlsx')
		);
		const workbook = join(dir, 'responses-2023.xlsx');
		const xlsx = runChild<ExportRun>('bench/export-child.ts', url, 'responses', '2023', 'xlsx', workbook);
		const xlsxRows = runChild<ExportRun>('bench/export-child.ts', url, 'responses', '2023', 'csv').lines - 1;
		for (const r of [csv, json, normalised, xlsx])
			if (r.code !== 0) throw new Error(`export failed: ${JSON.stringify(r)}`);
		const csvRows = csv.lines - 1;
		const floorRate = floor.rows / floor.seconds;
		console.log(
			`floor (naive streamed export, SQLite): ${rate(floor.rows, floor.seconds)} over ${floor.rows.toLocaleString('en')} rows`
		);
		console.log(
			`himap export responses 2024: CSV ${csvRows.toLocaleString('en')} rows, ${(csv.bytes / 1e9).toFixed(2)} GB in ${csv.seconds.toFixed(1)} s; ` +
				`JSON ${(json.bytes / 1e9).toFixed(2)} GB in ${json.seconds.toFixed(1)} s; XLSX refused in ${refused.seconds.toFixed(1)} s (exit ${refused.code})`
		);

		console.log(
			`himap export normalised 2024: CSV ${(normalised.lines - 1).toLocaleString('en')} rows in ${normalised.seconds.toFixed(1)} s (${rate(normalised.lines - 1, normalised.seconds)})`
		);
		console.log('HTTP: the built app on the same database…');
		const server = await startServer(url);
		let http: Awaited<ReturnType<typeof download>>;
		let oneRss: number;
		let fourRss: number;
		let fourBytes: number;
		try {
			http = await download(`${server.base}/api/v1/export/responses?year=2024`);
			oneRss = server.peakRssMb();
			const four = await Promise.all(
				Array.from({ length: 4 }, () =>
					download(`${server.base}/api/v1/export/responses?year=2024`, CONCURRENT_SECONDS)
				)
			);
			fourBytes = four.reduce((n, d) => n + d.bytes, 0);
			fourRss = server.peakRssMb();
		} finally {
			await server.stop();
		}
		console.log(
			`GET /api/v1/export/responses?year=2024: headers after ${http.headersMs.toFixed(0)} ms, first row after ${http.firstByteMs.toFixed(0)} ms (the rows are sorted first), ${(http.bytes / 1e9).toFixed(2)} GB in ${http.seconds.toFixed(1)} s; ` +
				`four at once for ${CONCURRENT_SECONDS} s: ${(fourBytes / 1e9).toFixed(2)} GB`
		);

		const checks: Check[] = [
			[
				`import of the ${ROWS.toLocaleString('en')}-row file: peak RSS ${mb(imported.maxRssMb)} (budget < ${BUDGET.importRssMb} MB)`,
				imported.maxRssMb < BUDGET.importRssMb
			],
			[
				`CSV: ${rate(csvRows, csv.seconds)} (budget ≥ ${BUDGET.csvRowsPerSecond.toLocaleString('en')}) = ${(csvRows / csv.seconds / floorRate).toFixed(2)} × the floor (budget ≥ ${BUDGET.floorRatio})`,
				csvRows / csv.seconds >= BUDGET.csvRowsPerSecond &&
					csvRows / csv.seconds >= BUDGET.floorRatio * floorRate
			],
			[`CLI CSV peak RSS ${mb(csv.maxRssMb)} (budget ≤ ${BUDGET.rssMb} MB)`, csv.maxRssMb <= BUDGET.rssMb],
			[`CLI JSON peak RSS ${mb(json.maxRssMb)} (budget ≤ ${BUDGET.rssMb} MB)`, json.maxRssMb <= BUDGET.rssMb],
			[
				`CLI normalised CSV peak RSS ${mb(normalised.maxRssMb)} (budget ≤ ${BUDGET.rssMb} MB)`,
				normalised.maxRssMb <= BUDGET.rssMb
			],
			[
				`CLI XLSX of 2024 refused with exit 2 before writing: peak RSS ${mb(refused.maxRssMb)} (budget ≤ ${BUDGET.rssMb} MB)`,
				refused.code === 2 && refused.maxRssMb <= BUDGET.rssMb
			],
			[
				`CLI XLSX of 2023 (${(statSync(workbook).size / 1e6).toFixed(0)} MB workbook of ${xlsxRows.toLocaleString('en')} rows, ${xlsx.seconds.toFixed(1)} s): peak RSS ${mb(xlsx.maxRssMb)} (budget ≤ ${BUDGET.rssMb} MB)`,
				xlsx.maxRssMb <= BUDGET.rssMb
			],
			[
				`server peak RSS during one CSV download: ${mb(oneRss)} (budget ≤ ${BUDGET.rssMb} MB)`,
				oneRss <= BUDGET.rssMb
			],
			[
				`server peak RSS during four at once: ${mb(fourRss)} (budget ≤ ${BUDGET.rssMb} MB)`,
				fourRss <= BUDGET.rssMb
			],
			[
				`HTTP response starts at once: headers after ${http.headersMs.toFixed(0)} ms (budget < 1,000 ms)`,
				http.headersMs < 1_000
			]
		];
		return printChecks(checks);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Reads a download to its end (or for `seconds`, then cancels it), keeping nothing. */
async function download(url: string, seconds?: number) {
	const started = performance.now();
	const res = await fetch(url);
	const headersMs = performance.now() - started;
	if (!res.ok) throw new Error(`GET ${url}: ${res.status}`);
	const reader = res.body!.getReader();
	let bytes = 0;
	let firstByteMs = NaN;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		if (Number.isNaN(firstByteMs)) firstByteMs = performance.now() - started;
		bytes += value.length;
		if (seconds !== undefined && performance.now() - started > seconds * 1000) {
			await reader.cancel();
			break;
		}
	}
	return { headersMs, firstByteMs, seconds: (performance.now() - started) / 1000, bytes };
}
