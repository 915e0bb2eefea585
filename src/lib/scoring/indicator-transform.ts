/**
 * How a score run turned one peer group's raw indicator values into 0–100 scores — outlier
 * treatment, then normalisation — kept as parameters, so that any respondent's normalised value
 * can be made again from its raw value, exactly, without the column (the `normalised` and
 * `pillars` exports, docs/methodology.md §7). What scoring applies is made from the same fit.
 */
import type { RespondentGroup } from '../survey/templates.ts';
import { applyNormalisation, fitNormalisation, normaliser, type Normalisation } from './normalise.ts';
import type { Method } from './method.ts';
import { treatOutliers } from './outliers.ts';
import type { GroupPlan, ScoringReport } from './score.ts';

export interface IndicatorTransform {
	group: RespondentGroup;
	indicator: string;
	/**
	 * Winsorisation as a clip to [lower, upper]: the smallest and largest values left after it.
	 * Step-wise winsorisation only ever moves a tail's extreme onto the next value inwards, so every
	 * value it changed ends on one of these bounds and every other value is inside them. Null
	 * when nothing was treated.
	 */
	clip: [number, number] | null;
	normalisation: Normalisation;
}

/**
 * One indicator of a peer group normalised under a method (after any outlier treatment, which
 * goes into `report`), with the transform that does it.
 */
export function fitEntry(
	group: RespondentGroup,
	{ indicator }: GroupPlan['entries'][number],
	column: Float64Array,
	method: Method,
	report: ScoringReport
): { column: Float64Array; transform: IndicatorTransform } {
	let raw = column;
	let clip: IndicatorTransform['clip'] = null;
	// Outliers matter only where the data set the scale (min–max, z-score): goalposts bound every
	// value already and ranks ignore distance, so treating them would only move real answers.
	if (
		method.outliers &&
		indicator.kind === 'continuous' &&
		(method.normalise === 'minmax' || method.normalise === 'zscore')
	) {
		const treated = treatOutliers(Array.from(raw));
		if (treated.report.treated) {
			raw = Float64Array.from(treated.values, (v) => (v === null ? NaN : v));
			clip = bounds(raw);
			const { skewBefore, kurtosisBefore, skewAfter, kurtosisAfter } = treated.report;
			report.outliers.push({
				group,
				indicator: indicator.id,
				points: treated.report.points.length,
				skewBefore,
				kurtosisBefore,
				skewAfter,
				kurtosisAfter
			});
		}
	}
	const normalisation = fitNormalisation(
		method.normalise,
		raw,
		indicator.goalposts[group]!,
		indicator.direction === 'negative'
	);
	return {
		column: applyNormalisation(normalisation, raw),
		transform: { group, indicator: indicator.id, clip, normalisation }
	};
}

function bounds(values: Float64Array): [number, number] {
	let lower = Infinity;
	let upper = -Infinity;
	for (const v of values) {
		if (v < lower) lower = v;
		if (v > upper) upper = v;
	}
	return [lower, upper];
}

/** A stored transform as two steps on one raw value (NaN, missing, stays NaN): treated, then normalised. */
export function transformerOf(t: IndicatorTransform): {
	treat(v: number): number;
	normalise(treated: number): number;
} {
	const clip = t.clip;
	return {
		treat: clip ? (v) => (Number.isNaN(v) ? v : Math.min(clip[1], Math.max(clip[0], v))) : (v) => v,
		normalise: normaliser(t.normalisation)
	};
}
