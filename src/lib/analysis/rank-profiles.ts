/**
 * What the rank-uncertainty simulation (sensitivity.ts) works on, from a round's indicator columns
 * and the run it is centred on: the base weights, each peer group's indicator structure, and each
 * province's units under every normalisation.
 */
import type { Method } from '../scoring/method.ts';
import type { GroupColumns } from '../scoring/columns.ts';
import type { Framework } from '../scoring/framework.ts';
import { NORMALISE_METHODS, type NormaliseMethod } from '../scoring/normalise.ts';
import { normaliseEntry, planGroup, type ScoringReport } from '../scoring/score.ts';
import type { RespondentGroup } from '../survey/templates.ts';
import type { DrawRecord, GroupStructure, ProvinceProfile, SimulationBase } from './sensitivity.ts';

/**
 * Up to this many respondents each draw re-scores every respondent (exact; about 2 s for the
 * demo's 7,500); above it, province-group mean profiles stand in (fast at any scale, approximate
 * where answers are missing).
 */
export const EXACT_LIMIT = 200_000;

/** What one entry of a draw's weight vector (sensitivity.ts DrawRecord.weights) is the weight of. */
export interface WeightSlot {
	level: 'dimension' | 'pillar' | 'indicator';
	group: RespondentGroup | null;
	dimension: string;
	/** Blank where data-driven weights span the whole dimension (no pillar level). */
	pillar: string | null;
	indicator: string | null;
}

export interface UncertaintyInputs {
	base: SimulationBase;
	structures: Map<RespondentGroup, GroupStructure>;
	profiles: ProvinceProfile[];
	slots: WeightSlot[];
}

/**
 * The run's method as the simulation's base point, each peer group's indicator structure and each
 * province's group profiles (normalised indicator scores under every normalisation, with the run's
 * outlier switch), leaving out the respondents the run flagged: they are out of the roll-up, so out
 * of the simulation too. `flagged(g, k)` tells whether respondent k of groups[g] was flagged;
 * `weights` are the indicator weights the run used (its report), read under data-driven weighting.
 */
export function uncertaintyInputs(
	framework: Framework,
	run: Method,
	groups: readonly GroupColumns[],
	flagged: (group: number, k: number) => boolean,
	weights: ScoringReport['weights'] = {}
): UncertaintyInputs {
	const exact = groups.reduce((n, g) => n + g.ids.length, 0) <= EXACT_LIMIT;
	// Data-driven weights span a dimension (docs/methodology.md §3.4): one part per dimension.
	const byPillar = run.weights === 'framework';
	const parts = framework.dimensions.flatMap(
		(d, i): { dimension: number; weight: number; id: string | null }[] =>
			byPillar
				? d.pillars.map((p) => ({ dimension: i, weight: p.weight, id: p.id }))
				: [{ dimension: i, weight: 1, id: null }]
	);
	const partOf = (e: GroupColumns['entries'][number]) =>
		parts.findIndex((p) =>
			byPillar ? p.id === e.pillar : framework.dimensions[p.dimension].id === e.dimension
		);
	const slots: WeightSlot[] = [
		...framework.dimensions.map((d) => slot('dimension', null, d.id, null, null)),
		...parts.map((p) => slot('pillar', null, framework.dimensions[p.dimension].id, p.id, null))
	];
	const structures = new Map<RespondentGroup, GroupStructure>();
	const profiles = new Map<string, ProvinceProfile>();
	const report: ScoringReport = { outliers: [], weights: {} };
	groups.forEach((columns, g) => {
		const { group, regions, entries } = columns;
		structures.set(group, {
			indicatorWeights: entries.map((e) =>
				byPillar ? e.indicator.weight : (weights[group]?.[e.indicator.id] ?? 0)
			),
			pillarOf: entries.map(partOf)
		});
		for (const e of entries)
			slots.push(slot('indicator', group, e.dimension, byPillar ? e.pillar : null, e.indicator.id));
		const byProvince = new Map<string, number[]>();
		for (let k = 0; k < regions.length; k++) {
			if (flagged(g, k)) continue;
			const province = regions[k].slice(0, 2);
			const list = byProvince.get(province);
			if (list) list.push(k);
			else byProvince.set(province, [k]);
		}
		const units = new Map<string, Record<NormaliseMethod, Float64Array[]>>();
		for (const province of byProvince.keys())
			units.set(province, {} as Record<NormaliseMethod, Float64Array[]>);
		for (const m of NORMALISE_METHODS) {
			// Only the columns are used: the weights are the base's.
			const method: Method = { ...run, weights: 'framework', normalise: m };
			if (exact) {
				// Every respondent is a unit: all of a group's normalised columns at once.
				const plan = planGroup(framework, group, [], [], method, report, columns);
				for (const [province, ks] of byProvince)
					units.get(province)![m] = ks.map((k) => Float64Array.from(plan.columns, (column) => column[k]));
				continue;
			}
			// One unit per province holding the group's means, filled one normalised column at a
			// time: a million respondents' columns under four normalisations would not fit.
			const means = new Map([...byProvince.keys()].map((p) => [p, new Float64Array(entries.length)]));
			entries.forEach((entry, e) => {
				const column = normaliseEntry(group, entry, columns.raw[e], method, report);
				for (const [province, ks] of byProvince) means.get(province)![e] = meanOf(column, ks);
			});
			for (const [province, mean] of means) units.get(province)![m] = [mean];
		}
		for (const [province, u] of units) {
			let profile = profiles.get(province);
			if (!profile) profiles.set(province, (profile = { code: province, groups: [] }));
			profile.groups.push({ group, units: u });
		}
	});
	const sorted = [...profiles.values()].sort((a, b) => a.code.localeCompare(b.code));
	return {
		base: {
			dimensionWeights: framework.dimensions.map((d) => d.weight),
			parts,
			groupWeights: framework.rollup.groupWeights
		},
		structures,
		profiles: sorted,
		slots
	};
}

const slot = (
	level: WeightSlot['level'],
	group: RespondentGroup | null,
	dimension: string,
	pillar: string | null,
	indicator: string | null
): WeightSlot => ({ level, group, dimension, pillar, indicator });

/** Mean of column[k] over ks, skipping missing values; NaN when none is present. */
function meanOf(column: Float64Array, ks: number[]): number {
	let sum = 0;
	let n = 0;
	for (const k of ks) {
		const v = column[k];
		if (Number.isNaN(v)) continue;
		sum += v;
		n++;
	}
	return n === 0 ? NaN : sum / n;
}

/** A Monte Carlo as stored with a run (the `draws` result) and exported (`sensitivity-draws`, `sensitivity-weights`). */
export interface MonteCarloDraws extends DrawRecord {
	seed: number;
	draws: number;
	/** The provinces simulated (the ranked ones), in the order of each draw's ranks and composites. */
	provinces: string[];
	/** What each entry of a draw's weights is the weight of. */
	slots: WeightSlot[];
}
