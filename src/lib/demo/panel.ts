/**
 * Machinery shared by the regional and hospital answer models: how a boolean spreads over the
 * rounds, how grades and numbers grow, which optional cells are left blank.
 */
import { answerColumns, type Template } from '../survey/templates.ts';
import { gradeCuts, gradeOf, topK } from './assign.ts';
import { CALIBRATED_YEAR, DEMO_YEARS } from './calibration.ts';
import { catchUp } from './propensity.ts';
import { normal, uniform } from './random.ts';
import { development, isPresent, type Respondent } from './respondents.ts';
import { BLANK_RATE, growShare, LOGIT_GROWTH } from './trajectory.ts';

/** A stored answer: boolean, number (percent, count, grade ordinal), or missing. */
export type Answer = boolean | number | null;

/** One respondent's answers in one round, keyed by template column name. */
export interface AnswerRow {
	respondent: Respondent;
	year: number;
	/** Every answer column; `undefined` only while the row is being filled. */
	answers: Record<string, Answer | undefined>;
}

/**
 * An answer record with every answer column of `template` present but unset (`undefined`, which
 * rendering refuses, so a forgotten column fails loudly), in template order: all rows then share
 * one object shape, which keeps filling 40 000 of them fast.
 */
export function blankAnswers(template: Template): Record<string, Answer | undefined> {
	let blank = blanks.get(template.id);
	if (!blank) {
		blank = Object.fromEntries(answerColumns(template).map((c) => [c.name, undefined]));
		blanks.set(template.id, blank);
	}
	return { ...blank };
}
const blanks = new Map<string, Record<string, Answer | undefined>>();

/** The five technologies, in template order. */
export const TECHS = ['tech_cloud', 'tech_bigdata', 'tech_iot', 'tech_mobile', 'tech_ai'] as const;

/** Respondents present in each round. */
export function presentByYear(respondents: readonly Respondent[]): Map<number, Respondent[]> {
	return new Map(DEMO_YEARS.map((y) => [y, respondents.filter((r) => isPresent(r, y))]));
}

/**
 * Score deciding who says `yes` to `column`: development plus indicator-specific noise, so that
 * indicators are correlated but not identical. `noise` is the noise's standard deviation.
 */
export function booleanScore(r: Respondent, year: number, column: string, noise: number): number {
	return development(r, year) + noise * normal('yes', column, r.seed);
}

/** Ids of the `k` members of `cohort` with the highest score. */
export function topIds(
	cohort: readonly Respondent[],
	k: number,
	score: (r: Respondent) => number
): Set<string> {
	const yes = topK(cohort.map(score), k);
	return new Set(cohort.filter((_, i) => yes[i]).map((r) => r.id));
}

/**
 * Extends a 2018 `yes` set over the later rounds. Each round the share among those present grows by
 * the column's logit step; nobody who said `yes` says `no` later (a platform once built stays
 * built), and the new `yes` go to the highest scorers, joiners included.
 */
export function evolveBoolean(
	present: Map<number, Respondent[]>,
	initial: Set<string>,
	column: string,
	noise: number
): Map<number, Set<string>> {
	const out = new Map<number, Set<string>>([[CALIBRATED_YEAR, initial]]);
	// The noise part of the score is fixed per respondent; draw it once, not once a round.
	const draws = new Map<string, number>();
	const score = (r: Respondent, year: number) => {
		let z = draws.get(r.id);
		if (z === undefined) draws.set(r.id, (z = normal('yes', column, r.seed)));
		return development(r, year) + noise * z;
	};
	let prev = initial;
	let prevCount = present.get(CALIBRATED_YEAR)!.length;
	for (const year of DEMO_YEARS.filter((y) => y > CALIBRATED_YEAR)) {
		const now = present.get(year)!;
		const share = prevCount ? prev.size / prevCount : 0;
		const target = Math.round(growShare(share, LOGIT_GROWTH[column] ?? 0.3) * now.length);
		const yes = new Set(now.filter((r) => prev.has(r.id)).map((r) => r.id));
		const rest = now.filter((r) => !yes.has(r.id));
		const more = Math.min(rest.length, Math.max(0, target - yes.size));
		for (const id of topIds(rest, more, (r) => score(r, year))) yes.add(id);
		out.set(year, yes);
		prev = yes;
		prevCount = now.length;
	}
	return out;
}

/**
 * Grades (interop, EMR, smart service) per round. The latent grade score mixes 2018 development
 * with noise; 2018 cut-points come from the 2018 cohort so that grade shares match `shares`; the
 * score then drifts up by `drift` a year (faster in lagging provinces), so grades never fall.
 */
export function gradePanel(
	cohort: readonly Respondent[],
	column: string,
	shares: readonly number[],
	drift: number,
	maxGrade: number
): (r: Respondent, year: number) => number {
	const score = (r: Respondent) =>
		0.8 * development(r, CALIBRATED_YEAR) + 0.7 * normal('grade', column, r.seed);
	const cuts = gradeCuts(cohort.map(score), shares);
	return (r, year) =>
		gradeOf(score(r) + drift * catchUp(r.propensity) * (year - CALIBRATED_YEAR), cuts, maxGrade);
}

/** Whether optional `column` of `r` is left blank in `year` (about {@link BLANK_RATE} of cells). */
export function isBlank(r: Respondent, column: string, year: number, rate = BLANK_RATE): boolean {
	return uniform('blank', column, r.seed, year) < rate;
}

/** Per-round noise for numeric columns, so values wobble around their trend. */
export function wobble(r: Respondent, column: string, year: number): number {
	return year === CALIBRATED_YEAR ? 0 : normal('wobble', column, r.seed, year);
}

/**
 * A percent that closes `rate` of its gap to 100 each year (scaled by catch-up), plus wobble;
 * rounded to one decimal and kept in 0–100.
 *
 * @example towardsFull(60, 0.05, 2) // 63.9 before wobble: 100 − 40 × 0.95²
 */
export function towardsFull(base: number, rate: number, years: number, noise = 0): number {
	let gap = 100 - base;
	for (let t = 0; t < years; t++) gap *= 1 - rate;
	return roundTo(Math.min(100, Math.max(0, 100 - gap + noise)), 1);
}

/** `base` compounded by `rate` for `years` (a loop, not Math.pow, to stay bit-identical everywhere). */
export function compound(base: number, rate: number, years: number): number {
	let v = base;
	for (let t = 0; t < years; t++) v *= 1 + rate;
	return v;
}

/**
 * `x` rounded to `decimals` places, as the shortest decimal string would show it.
 *
 * @example roundTo(2.345, 1) // 2.3
 */
export function roundTo(x: number, decimals: number): number {
	const f = decimals === 2 ? 100 : decimals === 1 ? 10 : 1;
	return Math.round(x * f) / f;
}
