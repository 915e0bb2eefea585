/**
 * Percent columns about the IT workforce (bachelor, master, computer science, senior titles) and
 * the regional coverage percents. Where the report gives a group mean for 2018, the answered
 * values average to exactly that mean; later rounds drift upward.
 */
import type { RespondentGroup } from '../survey/templates.ts';
import { fitSum } from './assign.ts';
import { CALIBRATED_YEAR, PERCENT_MEANS_2018 } from './calibration.ts';
import { compound, roundTo, towardsFull, wobble } from './panel.ts';
import { catchUp } from './propensity.ts';
import { normal, uniform } from './random.ts';
import { development, type Respondent } from './respondents.ts';

/** How a percent column is drawn (values in tenths of a percent) and how it grows. */
export interface PercentShape {
	/** Mean and spread of the draw, in tenths; ignored for sparse columns' zeros. */
	mean: number;
	spread: number;
	lo: number;
	hi: number;
	/** Sparse columns: share of respondents with a non-zero value (e.g. senior titles). */
	sparse?: number;
	/** `gap`: close this share of the gap to 100% a year; `compound`: grow by this rate a year. */
	growth: { kind: 'gap' | 'compound'; rate: number };
}

function rawTenths(r: Respondent, column: string, s: PercentShape): number {
	const d = development(r, CALIBRATED_YEAR);
	const z = normal('pct', column, r.seed);
	if (s.sparse !== undefined) {
		if (uniform('pct-any', column, r.seed) >= s.sparse * (1 + 0.3 * d)) return 0;
		return Math.min(s.hi, Math.max(10, s.mean * (1 + 0.4 * z)));
	}
	return Math.min(s.hi, Math.max(s.lo, s.mean + s.spread * (0.4 * d + z)));
}

/**
 * Values of one percent column for a group, per round, before blanks. In 2018 the `answering`
 * cohort members average exactly the published mean when there is one; `upper` caps a
 * respondent's 2018 value (master's degree share ≤ bachelor's).
 */
export function percentPanel(
	group: RespondentGroup,
	column: string,
	shape: PercentShape,
	answering: readonly Respondent[],
	upper: (r: Respondent) => number = () => shape.hi
): (r: Respondent, year: number) => number {
	const target = PERCENT_MEANS_2018[group]?.[column];
	const base = new Map<string, number>();
	if (target !== undefined) {
		const fitted = fitSum(
			answering.map((r) => rawTenths(r, column, shape)),
			Math.round(target * 10) * answering.length,
			answering.map(() => (shape.sparse !== undefined ? 0 : shape.lo)),
			answering.map((r) => Math.min(shape.hi, upper(r))),
			`pct:${group}:${column}`
		);
		answering.forEach((r, i) => base.set(r.id, fitted[i]));
	}
	return (r, year) => {
		const b = (base.get(r.id) ?? Math.round(Math.min(upper(r), rawTenths(r, column, shape)))) / 10;
		if (year === CALIBRATED_YEAR) return b;
		const t = year - CALIBRATED_YEAR;
		const rate = shape.growth.rate * catchUp(r.propensity);
		const noise = 1.5 * wobble(r, column, year);
		if (shape.growth.kind === 'gap') return towardsFull(b, rate, t, noise);
		if (b === 0) return 0;
		return roundTo(Math.min(100, Math.max(0, compound(b, rate, t) + noise / 3)), 1);
	};
}
