/**
 * Export tables of the method audit and rank uncertainty, per round, from the runs of the method
 * asked for (each run's Monte Carlo is centred on its method, docs/methodology.md §6.2).
 */
import { REGIONS } from '../region-reference.ts';
import { DEFAULT_DRAWS, DEFAULT_SEED } from '../sensitivity-service.ts';
import { PROVENANCE_COLUMNS, provenance } from './index-tables.ts';
import { PROVENANCE } from './transformed-respondents.ts';
import { perRound, type ExportTable } from './table.ts';

export const sensitivity: ExportTable = {
	columns: [
		'year',
		'province_code',
		'province_name',
		'median_rank',
		'rank_p05',
		'rank_p95',
		'draws',
		'seed',
		...PROVENANCE
	],
	runs: 'method',
	rows: ({ rounds }) =>
		perRound(rounds, (round) =>
			(round.results.intervals ?? []).map((r) => ({
				year: round.year,
				province_code: r.code,
				province_name: REGIONS.get(`${r.code}0000`)?.name,
				median_rank: r.median,
				rank_p05: r.p05,
				rank_p95: r.p95,
				// A stored run's draws are not read for this (runs.repository.ts runDraws): it used the defaults.
				draws: round.results.draws?.draws ?? DEFAULT_DRAWS,
				seed: round.results.draws?.seed ?? DEFAULT_SEED,
				...provenance(round)
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
		...PROVENANCE_COLUMNS
	],
	runs: 'method',
	rows: ({ rounds }) =>
		perRound(rounds, (round) =>
			(round.results.audit ?? []).map((r) => ({ year: round.year, ...r, ...provenance(round) }))
		)
};
