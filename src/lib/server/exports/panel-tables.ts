/**
 * Export tables across rounds (docs/methodology.md section 5.1), read from every round's stored
 * run — never rescored: `panel` (each unit in each round with its change since its previous round)
 * and `convergence` (σ and β convergence of the provinces). Both compare a round with earlier
 * ones, so they read the earlier rounds too (ExportTable.history) and list the rounds asked for.
 */
import {
	betaConvergence,
	convergencePairs,
	sigmaConvergence,
	type BetaFit,
	type ConvergenceRound
} from '../../analysis/convergence.ts';
import { PANEL_MEASURES, PanelTracker, type PanelFigures } from '../../analysis/panel.ts';
import type { RankedRegion } from '../../analysis/regional-tables.ts';
import { SCORE_KEYS } from '../../analysis/rollup.ts';
import { MESSAGES } from '../../i18n/messages.ts';
import { citiesOf, provincesOf, zonesOf, type StoredRound } from '../index-service.ts';
import { REGIONS } from '../region-reference.ts';
import { PROVENANCE_COLUMNS, provenance } from './index-tables.ts';
import type { ExportSource, ExportTable, Row } from './table.ts';

const asked = (source: ExportSource) => source.rounds.filter((r) => source.years.includes(r.year));

/** A unit of the panel: its level, code, names and figures (rank only where the index ranks it). */
interface PanelUnit {
	level: 'province' | 'city' | 'zone4' | 'zone3' | 'national';
	code: string;
	name?: string;
	nameEn?: string;
	series?: number;
	region: RankedRegion;
	ranked: boolean;
}

const byCode = <T extends { code: string }>(units: T[]) =>
	[...units].sort((a, b) => a.code.localeCompare(b.code));

function zoneNames(code: string) {
	const key = code === 'national' ? 'national' : (`zone_${code}` as keyof (typeof MESSAGES)['en']);
	return { name: MESSAGES['zh-CN'][key] ?? code, nameEn: MESSAGES.en[key] ?? code };
}

/** The units of a round, level by level, each level by code. */
function panelUnits(round: StoredRound): PanelUnit[] {
	const zones = (scheme: 'zone4' | 'zone3'): PanelUnit[] =>
		byCode(zonesOf(round, scheme).filter((z) => z.code !== 'national')).map((region) => ({
			level: scheme,
			code: region.code,
			...zoneNames(region.code),
			region,
			ranked: false
		}));
	const national = zonesOf(round, 'zone4').filter((z) => z.code === 'national');
	return [
		...byCode(provincesOf(round)).map((region): PanelUnit => {
			const reference = REGIONS.get(`${region.code}0000`);
			return {
				level: 'province',
				code: region.code,
				name: reference?.name,
				nameEn: reference?.nameEn,
				region,
				ranked: true
			};
		}),
		...byCode(citiesOf(round)).map((region): PanelUnit => {
			const reference = REGIONS.get(region.code);
			return {
				level: 'city',
				code: region.code,
				name: reference?.name,
				nameEn: reference?.nameEn,
				series: region.series,
				region,
				ranked: true
			};
		}),
		...zones('zone4'),
		...zones('zone3'),
		...national.map((region): PanelUnit => ({
			level: 'national',
			code: 'national',
			...zoneNames('national'),
			region,
			ranked: false
		}))
	];
}

const figuresOf = (unit: PanelUnit): PanelFigures => ({
	...unit.region.scores,
	rank: unit.ranked ? unit.region.rank : null,
	stage: unit.region.stage,
	respondents: unit.region.respondents
});

export const panel: ExportTable = {
	columns: [
		'year',
		'level',
		'code',
		'name',
		'name_en',
		'series',
		...PANEL_MEASURES,
		'previous_year',
		...PANEL_MEASURES.map((m) => `${m}_change`),
		...PROVENANCE_COLUMNS
	],
	runs: 'method',
	history: true,
	async *rows(source) {
		const tracker = new PanelTracker();
		for (const round of source.rounds) {
			const rows = panelUnits(round).map((unit): Row => {
				const figures = figuresOf(unit);
				const { previousYear, change } = tracker.step(round.year, `${unit.level}:${unit.code}`, figures);
				return {
					year: round.year,
					level: unit.level,
					code: unit.code,
					name: unit.name,
					name_en: unit.nameEn,
					series: unit.series,
					...figures,
					previous_year: previousYear,
					...Object.fromEntries(PANEL_MEASURES.map((m) => [`${m}_change`, change[m]])),
					...provenance(round)
				};
			});
			if (source.years.includes(round.year)) yield rows;
		}
	}
};

/** The provinces of a round as convergence reads them, in the `provinces` table's order (as `disparity` does). */
export const convergenceRound = (round: StoredRound): ConvergenceRound => ({
	year: round.year,
	units: provincesOf(round).map((p) => ({ code: p.code, scores: p.scores }))
});

/** The β measures, in the export's order. */
const BETA_MEASURES: [string, (fit: BetaFit) => number | null][] = [
	['beta', (f) => f.beta],
	['beta_se', (f) => f.slopeSe],
	['beta_t', (f) => f.t],
	['intercept', (f) => f.intercept],
	['intercept_se', (f) => f.interceptSe],
	['r_squared', (f) => f.rSquared],
	['speed', (f) => f.speed]
];

export const convergence: ExportTable = {
	columns: ['year_from', 'year_to', 'dimension', 'measure', 'value', 'n', ...PROVENANCE_COLUMNS],
	runs: 'method',
	history: true,
	async *rows(source) {
		const byYear = new Map(source.rounds.map((r) => [r.year, r]));
		const pairs = convergencePairs([...byYear.keys()]);
		for (const round of asked(source)) {
			const of = provenance(round);
			const sigma = sigmaConvergence([convergenceRound(round)]).map((p): Row => ({
				year_from: p.year,
				year_to: p.year,
				dimension: p.dimension,
				measure: 'cv',
				value: p.cv,
				n: p.n,
				...of
			}));
			const beta = pairs
				.filter(([, to]) => to === round.year)
				.flatMap(([from]) =>
					SCORE_KEYS.flatMap((dimension) => {
						const fit = betaConvergence(
							convergenceRound(byYear.get(from)!),
							convergenceRound(round),
							dimension
						);
						if (!fit) return [];
						return BETA_MEASURES.map(([measure, value]): Row => ({
							year_from: from,
							year_to: round.year,
							dimension,
							measure,
							value: value(fit),
							n: fit.n,
							...of
						}));
					})
				);
			yield [...sigma, ...beta];
		}
	}
};
