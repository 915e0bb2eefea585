/** Export tables of the method audit (the method's runs) and rank uncertainty (the default method's runs), per round. */
import { REGIONS } from '../region-reference.ts';
import { DEFAULT_DRAWS, DEFAULT_SEED } from '../refresh-service.ts';
import { provenance } from './index-tables.ts';
import { perRound, type ExportTable } from './table.ts';

export const sensitivity: ExportTable = {
	columns: ['year', 'province_code', 'province_name', 'median_rank', 'rank_p05', 'rank_p95', 'draws', 'seed'],
	runs: 'default',
	rows: ({ rounds }) =>
		perRound(rounds, ({ year, results }) =>
			(results.intervals ?? []).map((r) => ({
				year,
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

export const audit: ExportTable = {
	columns: [
		'year',
		'group',
		'dimension',
		'measure',
		'indicator',
		'indicator_b',
		'value',
		'framework_id',
		'framework_version',
		'method'
	],
	runs: 'method',
	rows: ({ rounds }) =>
		perRound(rounds, (round) =>
			(round.results.audit ?? []).map((r) => ({ year: round.year, ...r, ...provenance(round) }))
		)
};
