import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
	EXPORT_FORMATS,
	EXPORT_TABLE_NAMES,
	exportTable,
	isExportFormat,
	isExportTable
} from '../../lib/server/export-service.ts';
import { SheetTooLargeError } from '../../lib/server/exports/xlsx.ts';
import { withDatabase } from '../database.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';
import { METHOD_OPTIONS, methodFromFlags } from '../method-flags.ts';

export const help = `Usage: himap export <table> [--year Y] [--format csv|json|xlsx] [--out file] [--db URL]

Tables: ${EXPORT_TABLE_NAMES.join(', ')}
Writes to standard output, or to --out. CSV is UTF-8 with CRLF; cells that Excel would run
as formulas are neutralised. XLSX needs --out (it is binary): a workbook with the table (numbers
stored as numbers, full precision), a codebook sheet and an about sheet (rounds, framework,
method, when made, source); one sheet holds at most 1,048,575 rows. Index tables (respondents,
provinces, cities, zones, disparity, sensitivity, audit) cover every round unless --year is
given. respondents, provinces, cities, zones and disparity use the default method unless
--normalise goalposts|minmax|zscore|rank, --weights framework|entropy|critic|pca or
--aggregate arithmetic|geometric say otherwise; sensitivity varies the method itself and audit
describes the default method.`;

export async function run(args: string[], io: CliIo): Promise<number> {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: {
			year: { type: 'string' },
			format: { type: 'string', default: 'csv' },
			out: { type: 'string' },
			db: { type: 'string' },
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
	let year: number | undefined;
	if (values.year !== undefined) {
		if (!/^\d{4}$/.test(values.year))
			throw new UsageError(`--year must be a year such as 2024, not "${values.year}"`);
		year = Number(values.year);
	}
	const method = methodFromFlags(values);
	let body: string | Uint8Array<ArrayBuffer>;
	try {
		body = await withDatabase(values.db, (database) =>
			exportTable(database, table, { year, method, format })
		);
	} catch (e) {
		if (e instanceof SheetTooLargeError)
			throw new UsageError(`${e.message}; export one round with --year, or use --format csv`);
		throw e;
	}
	if (values.out) writeFileSync(values.out, body);
	// Only csv and json get here: xlsx needs --out (checked above).
	else io.out(body as string);
	return EXIT.ok;
}
