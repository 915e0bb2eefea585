import { createWriteStream, existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PassThrough, type Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import {
	EXPORT_FORMATS,
	EXPORT_TABLE_NAMES,
	isExportFormat,
	isExportTable,
	methodRead,
	readsEarlierRounds,
	streamExport
} from '../../lib/server/export-service.ts';
import { ExportSink, ReaderGone } from '../../lib/server/exports/sink.ts';
import { SheetTooLargeError } from '../../lib/server/exports/xlsx.ts';
import { roundsWithData } from '../../lib/server/rounds-service.ts';
import {
	DEFAULT_DRAWS,
	DEFAULT_SEED,
	MONTE_CARLO_TABLES,
	parseMonteCarlo
} from '../../lib/server/sensitivity-service.ts';
import { withDatabase } from '../database.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';
import { namedFramework } from '../framework-flags.ts';
import { METHOD_OPTIONS, methodFromFlags } from '../method-flags.ts';
import { scoreRound } from '../scoring.ts';

export const help = `Usage: himap export <table> [--year Y] [--format csv|json|xlsx] [--out file] [--status approved]
                    [--framework id[@version]] [--seed N --draws N] [--db URL]

Tables: ${EXPORT_TABLE_NAMES.join(', ')}
Writes to standard output, or to --out (written whole or not at all). Rows are streamed: memory
stays flat whatever the size of the table. CSV is UTF-8 with CRLF; cells that Excel would run
as formulas are neutralised. JSON is an array of objects, one per line. XLSX needs --out (it is
binary): a workbook with the table (numbers stored as numbers, full precision), a codebook sheet
and an about sheet (rounds, framework, method, when made, source); one sheet holds at most
1,048,575 rows. Index tables (respondents, provinces, cities, zones, disparity, pillars,
normalised, sensitivity, sensitivity-draws, sensitivity-weights, audit, rates) cover every round
unless --year is given, and are read from the stored score runs, brought up to date first where
newer responses have arrived. respondents, provinces, cities, zones, disparity, pillars,
normalised, audit, weights, codebook (its weight_used) and about use the default method unless
--normalise goalposts|minmax|zscore|rank, --weights framework|entropy|critic|pca or --aggregate
arithmetic|geometric say otherwise; sensitivity, sensitivity-draws and sensitivity-weights too
(the Monte Carlo is centred on the method). Those three tables are the stored Monte Carlo (seed
${DEFAULT_SEED}, ${DEFAULT_DRAWS.toLocaleString('en')} draws); --seed (0-4294967295) and --draws
(1-100000) run it afresh here with other values, from the round's stored data. Scores are of
approved data only; responses lists every current version (an operator sees everything), or only
approved ones with --status approved.
--framework names a stored framework (\`himap framework list\`; a bare id is its newest version):
index tables read its runs (scored first where needed), codebook is its codebook; without it, the
built-in default framework.`;

export async function run(args: string[], io: CliIo): Promise<number> {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: {
			year: { type: 'string' },
			format: { type: 'string', default: 'csv' },
			out: { type: 'string' },
			db: { type: 'string' },
			status: { type: 'string' },
			seed: { type: 'string' },
			draws: { type: 'string' },
			framework: { type: 'string' },
			...METHOD_OPTIONS
		}
	});
	if (positionals.length !== 1) throw new UsageError('export takes exactly one table name');
	const [table] = positionals;
	if (!isExportTable(table))
		throw new UsageError(`unknown table "${table}"; tables: ${EXPORT_TABLE_NAMES.join(', ')}`);
	const format = values.format;
	if (!isExportFormat(format))
		throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${format}"`);
	if (format === 'xlsx' && !values.out)
		throw new UsageError('--format xlsx writes a binary workbook: give --out file.xlsx');
	if (values.out && !existsSync(dirname(resolve(values.out))))
		throw new UsageError(`the directory of --out ${values.out} does not exist`);
	let year: number | undefined;
	if (values.year !== undefined) {
		if (!/^\d{4}$/.test(values.year))
			throw new UsageError(`--year must be a year such as 2024, not "${values.year}"`);
		year = Number(values.year);
	}
	if (values.status !== undefined && values.status !== 'approved')
		throw new UsageError(`--status takes only "approved", not "${values.status}"`);
	const approvedOnly = values.status === 'approved';
	const method = methodFromFlags(values);
	const monteCarlo = monteCarloFromFlags(table, values);
	return withDatabase(values.db, async (database) => {
		const framework =
			values.framework === undefined ? undefined : await namedFramework(database, values.framework);
		// An operator's export shows current scores: rounds not yet (or no longer) current are scored first.
		const read = methodRead(table, method);
		if (read) {
			const years =
				year === undefined || readsEarlierRounds(table)
					? (await roundsWithData(database)).filter((y) => year === undefined || y <= year)
					: [year];
			for (const y of years) await scoreRound(database, y, read, io, false, framework);
		}
		const target = output(values.out, io);
		try {
			await streamExport(
				database,
				table,
				{ year, method, framework, format, approvedOnly, monteCarlo },
				() => target.sink
			);
			target.done();
		} catch (e) {
			target.abandon();
			if (e instanceof ReaderGone) return EXIT.ok;
			if (e instanceof SheetTooLargeError)
				throw new UsageError(`${e.message}; export one round with --year, or use --format csv`);
			throw e;
		}
		return EXIT.ok;
	});
}

/** `--seed` and `--draws`, for the tables of the Monte Carlo only. */
function monteCarloFromFlags(table: string, values: { seed?: string; draws?: string }) {
	if (values.seed === undefined && values.draws === undefined) return undefined;
	if (!MONTE_CARLO_TABLES.includes(table))
		throw new UsageError(`--seed and --draws apply to ${MONTE_CARLO_TABLES.join(', ')} only, not ${table}`);
	try {
		return parseMonteCarlo(values);
	} catch (e) {
		throw new UsageError(`--${(e as Error).message}`);
	}
}

/**
 * Where the export goes: a file written under a temporary name and renamed when complete (a
 * failed export never leaves a file that looks whole), standard output, or — for tests that run
 * the CLI in-process — a buffer handed to `io.out`.
 */
function output(path: string | undefined, io: CliIo): { sink: ExportSink; done(): void; abandon(): void } {
	if (path) {
		const partial = `${path}.partial-${process.pid}`;
		const file = createWriteStream(partial);
		return {
			sink: new ExportSink(file),
			done: () => renameSync(partial, path),
			abandon: () => {
				file.destroy();
				rmSync(partial, { force: true });
			}
		};
	}
	if (io.stdout) return { sink: new ExportSink(io.stdout, false), done: () => {}, abandon: () => {} };
	const buffer = new PassThrough();
	const chunks: Buffer[] = [];
	buffer.on('data', (chunk: Buffer) => chunks.push(chunk));
	return {
		sink: new ExportSink(buffer as Writable),
		done: () => io.out(Buffer.concat(chunks).toString('utf8')),
		abandon: () => {}
	};
}
