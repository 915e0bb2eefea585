/**
 * Scores respondents: indicator values → outlier treatment → normalisation → weighted aggregation
 * to pillars, dimensions and the composite → maturity stage. Each peer group (provincial,
 * municipal, county commissions; tertiary, secondary, other hospitals) is scored on its own
 * indicators and goalposts. Columns are typed arrays so a million respondents fit in memory.
 *
 * Worked example (default method, a county commission): platform_built yes → 100, databases_built
 * 2 of 3 → 66.7, so the basic-construction pillar is 83.3; with interconnection 42.9 (interop 3 of
 * 7) and innovation 40 (2 of 5 technologies) the infrastructure dimension is (83.3 + 42.9 + 40)/3
 * = 55.4. See docs/methodology.md for the full trace to a province's rank.
 */
import type { RespondentGroup } from '../survey/templates.ts';
import { aggregate } from './aggregate.ts';
import { entriesFor } from './columns.ts';
import { indicatorValue } from './derive.ts';
import { DIMENSIONS, stageOf, type DimensionId, type Framework, type Indicator } from './framework.ts';
import type { Method } from './method.ts';
import { fitEntry, type IndicatorTransform } from './indicator-transform.ts';
import { indicatorWeights } from './weights.ts';

export interface ScoringInput {
	group: RespondentGroup;
	answers: Record<string, number>;
}

export interface RespondentScore {
	governance: number | null;
	infrastructure: number | null;
	application: number | null;
	composite: number | null;
	stage: number | null;
	/** Share of the group's indicators answered, 0–1. */
	coverage: number;
	/** Why no score was given: coverage below the framework threshold, or a dimension with no data. */
	flag: 'low_coverage' | 'empty_dimension' | null;
}

export interface OutlierTreatment {
	group: RespondentGroup;
	indicator: string;
	points: number;
	skewBefore: number;
	kurtosisBefore: number;
	skewAfter: number;
	kurtosisAfter: number;
}

export interface ScoringReport {
	outliers: OutlierTreatment[];
	/** Indicator weights used, per group (within each dimension, summing to 1 per pillar or dimension). */
	weights: Partial<Record<RespondentGroup, Record<string, number>>>;
}

export interface GroupPlan {
	entries: { indicator: Indicator; dimension: DimensionId; pillar: string }[];
	/** Normalised scores, one Float64Array per entry, NaN where missing. */
	columns: Float64Array[];
	weights: number[];
	/** How each entry's column was made from its raw values (outlier treatment, normalisation). */
	transforms: IndicatorTransform[];
}

export function scoreRespondents(
	framework: Framework,
	rows: readonly ScoringInput[],
	method: Method
): { scores: RespondentScore[]; report: ScoringReport } {
	const report: ScoringReport = { outliers: [], weights: {} };
	const scores: RespondentScore[] = new Array(rows.length);
	for (const [group, indices] of membersByGroup(rows)) {
		const scorer = scoreGroup(framework, group, rawColumns(framework, group, rows, indices), method, report);
		indices.forEach((rowIndex, k) => (scores[rowIndex] = scorer(k)));
	}
	return { scores, report };
}

/** Plans one group from its raw columns and returns the scorer of its k-th respondent. */
export function scoreGroup(
	framework: Framework,
	group: RespondentGroup,
	extracted: { entries: GroupPlan['entries']; raw: Float64Array[] },
	method: Method,
	report: ScoringReport
): (k: number) => RespondentScore {
	return scoreGroupPlanned(framework, group, extracted, method, report).score;
}

/** scoreGroup, with the plan the scorer reads (its transforms are stored with the run). */
export function scoreGroupPlanned(
	framework: Framework,
	group: RespondentGroup,
	extracted: { entries: GroupPlan['entries']; raw: Float64Array[] },
	method: Method,
	report: ScoringReport
): { plan: GroupPlan; score: (k: number) => RespondentScore } {
	const plan = planGroup(framework, group, [], [], method, report, extracted);
	const layout = layoutOf(framework, plan, method);
	return { plan, score: (k) => scoreOne(framework, plan, layout, k, method) };
}

/** Row indices of each peer group, in row order. */
export function membersByGroup(rows: readonly { group: RespondentGroup }[]): Map<RespondentGroup, number[]> {
	const members = new Map<RespondentGroup, number[]>();
	rows.forEach((r, i) => {
		const list = members.get(r.group);
		if (list) list.push(i);
		else members.set(r.group, [i]);
	});
	return members;
}

/**
 * A peer group's indicators, normalised (after any outlier treatment), with their weights: what
 * aggregation, the audit and the uncertainty analysis all start from. `report` collects the
 * outlier treatments and weights.
 */
/** A group's indicators and their raw values (answers or derivations; NaN where missing), row by row. */
export function rawColumns(
	framework: Framework,
	group: RespondentGroup,
	rows: readonly ScoringInput[],
	indices: number[]
): { entries: GroupPlan['entries']; raw: Float64Array[] } {
	const entries = entriesFor(framework, group);
	const raw = entries.map(({ indicator }) =>
		Float64Array.from(indices, (rowIndex) => indicatorValue(indicator.id, rows[rowIndex].answers) ?? NaN)
	);
	return { entries, raw };
}

export function planGroup(
	framework: Framework,
	group: RespondentGroup,
	rows: readonly ScoringInput[],
	indices: number[],
	method: Method,
	report: ScoringReport,
	/** Raw columns already extracted (rawColumns), when one group is planned under several methods. */
	extracted = rawColumns(framework, group, rows, indices)
): GroupPlan {
	const { entries } = extracted;
	const fitted = entries.map((entry, e) => fitEntry(group, entry, extracted.raw[e], method, report));
	const columns = fitted.map((f) => f.column);
	const weights = indicatorWeights(framework, entries, columns, method.weights);
	report.weights[group] = Object.fromEntries(entries.map((e, i) => [e.indicator.id, weights[i]]));
	return { entries, columns, weights, transforms: fitted.map((f) => f.transform) };
}

/**
 * One indicator of a peer group normalised under a method (after any outlier treatment, which
 * goes into `report`): what planGroup does for each of its columns, one column at a time for a
 * caller that cannot hold them all (analysis/rank-profiles.ts on a million respondents).
 */
export function normaliseEntry(
	group: RespondentGroup,
	entry: GroupPlan['entries'][number],
	column: Float64Array,
	method: Method,
	report: ScoringReport
): Float64Array {
	return fitEntry(group, entry, column, method, report).column;
}

/** Where each dimension's indicators sit, resolved once per group rather than once per respondent. */
interface Layout {
	/** Per dimension: the indicator groups to aggregate first (pillars, or the whole dimension) and their weights. */
	dimensions: { parts: { idx: number[]; weights: number[] }[]; partWeights: number[] }[];
	dimensionWeights: number[];
}

function layoutOf(framework: Framework, plan: GroupPlan, method: Method): Layout {
	const part = (keep: (e: GroupPlan['entries'][number]) => boolean) => {
		const idx = plan.entries.flatMap((e, i) => (keep(e) ? [i] : []));
		return { idx, weights: idx.map((i) => plan.weights[i]) };
	};
	return {
		dimensionWeights: DIMENSIONS.map((id) => framework.dimensions.find((d) => d.id === id)!.weight),
		dimensions: DIMENSIONS.map((id) => {
			const dimension = framework.dimensions.find((d) => d.id === id)!;
			// Framework weights keep the pillar level; data-driven weights span the whole dimension.
			if (method.weights !== 'framework')
				return { parts: [part((e) => e.dimension === id)], partWeights: [1] };
			return {
				parts: dimension.pillars.map((p) => part((e) => e.pillar === p.id)),
				partWeights: dimension.pillars.map((p) => p.weight)
			};
		})
	};
}

function scoreOne(
	framework: Framework,
	plan: GroupPlan,
	layout: Layout,
	k: number,
	method: Method
): RespondentScore {
	const { entries, columns } = plan;
	let present = 0;
	for (const column of columns) if (!Number.isNaN(column[k])) present++;
	const coverage = entries.length === 0 ? 0 : present / entries.length;
	const dimensionScores = layout.dimensions.map(({ parts, partWeights }) =>
		aggregate(
			method.aggregate,
			parts.map(({ idx, weights }) =>
				aggregate(
					method.aggregate,
					idx.map((i) => columns[i][k]),
					weights
				)
			),
			partWeights
		)
	);
	const flag =
		coverage < framework.coverageThreshold
			? 'low_coverage'
			: dimensionScores.some(Number.isNaN)
				? 'empty_dimension'
				: null;
	if (flag)
		return {
			governance: null,
			infrastructure: null,
			application: null,
			composite: null,
			stage: null,
			coverage,
			flag
		};
	const composite = aggregate(method.aggregate, dimensionScores, layout.dimensionWeights);
	return {
		governance: dimensionScores[0],
		infrastructure: dimensionScores[1],
		application: dimensionScores[2],
		composite,
		stage: stageOf(framework, composite),
		coverage,
		flag: null
	};
}
