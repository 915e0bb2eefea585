/**
 * Export tables of the index (the contract columns of docs/contracts.md first; extra columns
 * appended, never renamed): respondents, provinces, cities, zones, disparity.
 */
import { regionalDisparity } from '../../analysis/disparity/index.ts';
import { SCORE_KEYS } from '../../analysis/rollup.ts';
import { methodKey } from '../../scoring/method.ts';
import { provinceZones, REGIONS } from '../region-reference.ts';
import { citiesOf, provincesOf, zonesOf, type StoredRound } from '../index-service.ts';
import { perRound, type ExportTable, type Row } from './table.ts';
import { scoredResponses } from './transformed-respondents.ts';

/** The columns naming the framework and method a round's figures were scored with (every index table ends with them). */
export const PROVENANCE_COLUMNS = ['framework_id', 'framework_version', 'method'] as const;

/** Their values for a round. */
export const provenance = (index: StoredRound) => ({
	framework_id: index.framework.id,
	framework_version: index.framework.version,
	method: methodKey(index.method)
});

const dimensionColumns = (scores: Record<string, number | null>) =>
	Object.fromEntries(SCORE_KEYS.map((k) => [k, scores[k]]));

export const respondents: ExportTable = {
	columns: [
		'year',
		'respondent_id',
		'name',
		'survey',
		'group',
		'region_code',
		'province_code',
		'governance',
		'infrastructure',
		'application',
		'composite',
		'stage',
		'coverage',
		'flag',
		...PROVENANCE_COLUMNS
	],
	runs: 'method',
	async *rows({ snapshot, rounds }) {
		for (const round of rounds) {
			const of = provenance(round);
			const query = scoredResponses(snapshot.db, round.run.id).select([
				'r.year',
				'r.respondent_id',
				'r.name',
				'r.survey',
				's.respondent_group as group',
				's.region_code',
				'r.province_code',
				's.governance',
				's.infrastructure',
				's.application',
				's.composite',
				's.stage',
				's.coverage',
				's.flag'
			]);
			for await (const batch of snapshot.batches(query)) yield batch.map((r): Row => ({ ...r, ...of }));
		}
	},
	async size({ rounds }) {
		const n = rounds.reduce((sum, r) => sum + r.run.respondents, 0);
		return { min: n, max: n, exact: async () => n };
	}
};

export const provinces: ExportTable = {
	columns: [
		'year',
		'province_code',
		'province_name',
		'zone4',
		'governance',
		'infrastructure',
		'application',
		'composite',
		'rank',
		'stage',
		'respondents',
		'province_name_en',
		'zone3',
		...PROVENANCE_COLUMNS,
		'ranked',
		'population'
	],
	runs: 'method',
	rows: ({ rounds }) =>
		perRound(rounds, (index) =>
			provincesOf(index).map((p): Row => {
				const region = REGIONS.get(`${p.code}0000`);
				return {
					year: index.year,
					province_code: p.code,
					province_name: region?.name,
					zone4: region?.zone4,
					...dimensionColumns(p.scores),
					rank: p.rank,
					stage: p.stage,
					respondents: p.respondents,
					province_name_en: region?.nameEn,
					zone3: region?.zone3,
					...provenance(index),
					ranked: p.rank === null ? 0 : 1,
					// The census population the `_pop` disparity measures weigh by (provinceZones).
					population: provinceZones(p.code).population
				};
			})
		)
};

export const cities: ExportTable = {
	columns: [
		'year',
		'series',
		'city_code',
		'city_name',
		'province_code',
		'governance',
		'infrastructure',
		'application',
		'composite',
		'rank',
		'stage',
		'respondents',
		...PROVENANCE_COLUMNS,
		'ranked'
	],
	runs: 'method',
	rows: ({ rounds }) =>
		perRound(rounds, (index) =>
			citiesOf(index).map((c) => ({
				year: index.year,
				series: c.series,
				city_code: c.code,
				city_name: REGIONS.get(c.code)?.name,
				province_code: c.code.slice(0, 2),
				...dimensionColumns(c.scores),
				rank: c.rank,
				stage: c.stage,
				respondents: c.respondents,
				...provenance(index),
				ranked: c.rank === null ? 0 : 1
			}))
		)
};

export const zones: ExportTable = {
	columns: [
		'year',
		'scheme',
		'zone',
		'governance',
		'infrastructure',
		'application',
		'composite',
		'stage',
		'respondents',
		...PROVENANCE_COLUMNS
	],
	runs: 'method',
	rows: ({ rounds }) =>
		perRound(rounds, (index) =>
			(['zone4', 'zone3'] as const).flatMap((scheme) =>
				zonesOf(index, scheme).map((z) => ({
					year: index.year,
					scheme,
					zone: z.code,
					...dimensionColumns(z.scores),
					stage: z.stage,
					respondents: z.respondents,
					...provenance(index)
				}))
			)
		)
};

/** The contract's seven measures first, then the rest, then population-weighted (`_pop`) and zone3 variants. */
const UNWEIGHTED = [
	'cv',
	'gini',
	'theil_t',
	'theil_l',
	'theil_t_between',
	'theil_t_within',
	'max_min_ratio'
] as const;
const EXTRA = ['theil_l_between', 'theil_l_within', 'range', 'mean'] as const;
const WEIGHTED = [
	'cv',
	'gini',
	'theil_t',
	'theil_l',
	'theil_t_between',
	'theil_t_within',
	'theil_l_between',
	'theil_l_within',
	'mean'
] as const;

export const disparity: ExportTable = {
	columns: ['year', 'dimension', 'measure', 'value', 'provinces', ...PROVENANCE_COLUMNS],
	runs: 'method',
	rows: ({ rounds }) => perRound(rounds, disparityRows)
};

function disparityRows(index: StoredRound): Row[] {
	const table = provincesOf(index);
	return SCORE_KEYS.flatMap((dimension) => {
		const {
			zone4: base,
			zone3: z3,
			population: pop
		} = regionalDisparity(table.map((p) => ({ value: p.scores[dimension], ...provinceZones(p.code) })));
		const row = (measure: string, value: number | null, n: number) => ({
			year: index.year,
			dimension,
			measure,
			value,
			provinces: n,
			...provenance(index)
		});
		return [
			...[...UNWEIGHTED, ...EXTRA].map((m) => row(m, base[m], base.n)),
			row('theil_t_between_zone3', z3.theil_t_between, z3.n),
			row('theil_t_within_zone3', z3.theil_t_within, z3.n),
			...WEIGHTED.map((m) => row(`${m}_pop`, pop[m], pop.n))
		];
	});
}
