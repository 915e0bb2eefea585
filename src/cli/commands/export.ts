import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { EXPORT_TABLE_NAMES, exportTable, isExportTable } from '../../lib/server/export-service.ts';
import { withDatabase } from '../database.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';
import { METHOD_OPTIONS, methodFromFlags } from '../method-flags.ts';

export const help = `Usage: himap export <table> [--year Y] [--format csv|json] [--out file] [--db URL]

Tables: ${EXPORT_TABLE_NAMES.join(', ')}
Writes to standard output, or to --out. CSV is UTF-8 with CRLF; cells that Excel would run
as formulas are neutralised. Index tables (respondents, provinces, cities, zones, disparity,
sensitivity, audit) cover every round unless --year is given. respondents, provinces, cities, zones
and disparity use the default method unless --normalise goalposts|minmax|zscore|rank,
--weights framework|entropy|critic|pca or --aggregate arithmetic|geometric say otherwise;
sensitivity varies the method itself and audit describes the default method.`;

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
	if (values.format !== 'csv' && values.format !== 'json')
		throw new UsageError(`--format must be csv or json, not "${values.format}"`);
	let year: number | undefined;
	if (values.year !== undefined) {
		if (!/^\d{4}$/.test(values.year))
			throw new UsageError(`--year must be a year such as 2024, not "${values.year}"`);
		year = Number(values.year);
	}
	const method = methodFromFlags(values);
	const text = await withDatabase(values.db, (database) =>
		exportTable(database, table, { year, method, format: values.format as 'csv' | 'json' })
	);
	if (values.out) writeFileSync(values.out, text);
	else io.out(text);
	return EXIT.ok;
}
