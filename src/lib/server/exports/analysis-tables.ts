/** Export tables of the method audit and rank uncertainty, per round. */
import type { HimapDatabase } from '../db/connect.ts';
import { REGIONS } from '../region-reference.ts';
import { roundsWithData } from '../score-service.ts';
import { auditRows, DEFAULT_DRAWS, DEFAULT_SEED, provinceRankIntervals } from '../uncertainty-service.ts';
import type { DataTable, Row } from './table.ts';

async function perRound(
	database: HimapDatabase,
	year: number | undefined,
	rows: (year: number) => Promise<Row[]>
) {
	const years = year === undefined ? (await roundsWithData(database)).reverse() : [year];
	return (await Promise.all(years.map(rows))).flat();
}

export const sensitivity: DataTable = {
	columns: ['year', 'province_code', 'province_name', 'median_rank', 'rank_p05', 'rank_p95', 'draws', 'seed'],
	load: (database, { year }) =>
		perRound(database, year, async (y) =>
			(await provinceRankIntervals(database, y)).map((r) => ({
				year: y,
				province_code: r.code,
				province_name: REGIONS.get(`${r.code}0000`)?.name,
				median_rank: r.median,
				rank_p05: r.p05,
				rank_p95: r.p95,
				draws: DEFAULT_DRAWS,
				seed: DEFAULT_SEED
			}))
		)
};

export const audit: DataTable = {
	columns: ['year', 'group', 'dimension', 'measure', 'indicator', 'indicator_b', 'value'],
	load: (database, { year }) =>
		perRound(database, year, async (y) => (await auditRows(database, y)).map((r) => ({ year: y, ...r })))
};
