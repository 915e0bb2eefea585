/**
 * `/completeness/export.csv`: every unit a round expects inside the caller's region with its
 * status, one line each as it streams past (completeness-service.ts). UTF-8 with a BOM so Excel
 * reads the Chinese names; cells that Excel would run as formulas are neutralised (exports/csv-format.ts).
 */
import { formatCell } from '../exports/csv-format.ts';
import { BOM } from '../exports/csv-note.ts';
import { eachExpectedUnit } from './completeness-service.ts';
import type { HimapDatabase } from './db/connect.ts';
import type { ExportSink } from './exports/sink.ts';
import { REGIONS } from './region-reference.ts';

export const COMPLETENESS_COLUMNS = [
	'year',
	'survey',
	'unit',
	'name',
	'group',
	'region_code',
	'province_code',
	'city_code',
	'status',
	'new'
] as const;

export async function writeCompletenessCsv(
	database: HimapDatabase,
	year: number,
	scope: string,
	sink: ExportSink
): Promise<void> {
	await sink.text(BOM + COMPLETENESS_COLUMNS.join(',') + '\r\n');
	await eachExpectedUnit(database, year, scope, async (u) => {
		const cells = [
			year,
			u.survey,
			u.key,
			u.name,
			u.group,
			u.regionCode,
			u.regionCode.slice(0, 2),
			REGIONS.cityOf(u.regionCode) ?? '',
			u.status,
			u.isNew ? 1 : 0
		];
		await sink.text(cells.map(formatCell).join(',') + '\r\n');
	});
	await sink.end();
}
