/**
 * A respondent's normalised indicators and pillar scores made again from its raw answers and
 * what its score run stored (the transforms of indicator-transform.ts and the weights of the
 * run's report): the `normalised` and `pillars` exports, a respondent at a time, never the
 * round's columns (docs/methodology.md §7).
 *
 * Pillar scores: the aggregate (the run's aggregation) of the pillar's normalised indicators
 * present, with the indicator weights the run used. Under framework weights that is the pillar
 * score scoring aggregated into the dimension, bit for bit. Under entropy, CRITIC or PCA scoring
 * has no pillar level (§3.4): the pillar score is then the run's data-driven indicator weights
 * renormalised within the pillar, a description of the pillar that no dimension score is made of.
 */
import type { RespondentGroup } from '../survey/templates.ts';
import { aggregate, type AggregateMethod } from './aggregate.ts';
import { entriesFor } from './columns.ts';
import { indicatorValue } from './derive.ts';
import type { DimensionId, Framework } from './framework.ts';
import { transformerOf, type IndicatorTransform } from './indicator-transform.ts';
import type { GroupPlan, ScoringReport } from './score.ts';

export interface GroupTransform {
	group: RespondentGroup;
	entries: GroupPlan['entries'];
	steps: ReturnType<typeof transformerOf>[];
	/** The group's pillars that hold one of its indicators, in framework order. */
	pillars: { dimension: DimensionId; pillar: string; idx: number[]; weights: number[] }[];
	aggregate: AggregateMethod;
}

export class RunPredatesTransforms extends Error {
	constructor(group: string, indicator: string) {
		super(
			`the stored run has no normalisation for ${group} / ${indicator}: it was scored before it was kept; score the round again (himap score --force)`
		);
	}
}

/**
 * Each group's transform, from a run's stored transforms and weights (ScoringReport.weights), made
 * the first time the group is asked for (a run holds transforms only for the groups it scored).
 */
export function groupTransforms(
	framework: Framework,
	aggregateMethod: AggregateMethod,
	transforms: readonly IndicatorTransform[],
	weights: ScoringReport['weights']
): (group: RespondentGroup) => GroupTransform {
	const byKey = new Map(transforms.map((t) => [`${t.group}/${t.indicator}`, t]));
	const made = new Map<RespondentGroup, GroupTransform>();
	return (group) => {
		let g = made.get(group);
		if (g) return g;
		const entries = entriesFor(framework, group);
		const steps = entries.map(({ indicator }) => {
			const t = byKey.get(`${group}/${indicator.id}`);
			if (!t) throw new RunPredatesTransforms(group, indicator.id);
			return transformerOf(t);
		});
		const pillars: GroupTransform['pillars'] = [];
		entries.forEach((e, i) => {
			let p = pillars.find((x) => x.pillar === e.pillar);
			if (!p) pillars.push((p = { dimension: e.dimension, pillar: e.pillar, idx: [], weights: [] }));
			p.idx.push(i);
			p.weights.push(weights[group]?.[e.indicator.id] ?? NaN);
		});
		made.set(group, (g = { group, entries, steps, pillars, aggregate: aggregateMethod }));
		return g;
	};
}

export interface TransformedValues {
	/** Per entry of the group: the raw value (answer or derivation), after outlier treatment, normalised; NaN where missing. */
	raw: number[];
	treated: number[];
	normalised: number[];
}

export function transformRespondent(
	g: GroupTransform,
	answers: Record<string, number | undefined>
): TransformedValues {
	const n = g.entries.length;
	const raw = new Array<number>(n);
	const treated = new Array<number>(n);
	const normalised = new Array<number>(n);
	for (let i = 0; i < n; i++) {
		raw[i] = indicatorValue(g.entries[i].indicator.id, answers) ?? NaN;
		treated[i] = g.steps[i].treat(raw[i]);
		normalised[i] = g.steps[i].normalise(treated[i]);
	}
	return { raw, treated, normalised };
}

/** The group's pillar scores (GroupTransform.pillars order) from one respondent's normalised values; NaN where none is present. */
export function pillarScores(g: GroupTransform, normalised: readonly number[]): number[] {
	return g.pillars.map(({ idx, weights }) =>
		aggregate(
			g.aggregate,
			idx.map((i) => normalised[i]),
			weights
		)
	);
}
