/**
 * `it_staff`, the head count of the information department. In 2018 each group meets its published
 * figure exactly: a mean (provincial 20, tertiary 10) or a count below a threshold (e.g. 271 of
 * 296 municipal commissions below 9). Later rounds grow about 5% a year.
 */
import type { RespondentGroup } from '../survey/templates.ts';
import { fitSum, rankDescending } from './assign.ts';
import { CALIBRATED_YEAR, IT_STAFF_2018 } from './calibration.ts';
import { compound, wobble } from './panel.ts';
import { catchUp } from './propensity.ts';
import { normal } from './random.ts';
import { development, type Respondent } from './respondents.ts';

interface Shape {
	/** Mean and spread of the head count of small units (or of every unit for mean targets). */
	mean: number;
	spread: number;
	min: number;
	max: number;
	/** For threshold targets: the largest head count of the units at or above the threshold. */
	largeMax?: number;
}

const SHAPES: Record<RespondentGroup, Shape> = {
	provincial: { mean: 20, spread: 6, min: 6, max: 60 },
	tertiary: { mean: 10, spread: 4, min: 3, max: 60 },
	municipal: { mean: 5, spread: 1.6, min: 1, max: 8, largeMax: 30 },
	county: { mean: 4, spread: 2, min: 0, max: 8, largeMax: 16 },
	secondary: { mean: 2, spread: 1, min: 0, max: 3, largeMax: 12 },
	other: { mean: 1.6, spread: 1, min: 0, max: 3, largeMax: 8 }
};

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

// Size tracks development, with enough noise that a lagging province still has a few big units.
const sizeScore = (r: Respondent) => 0.5 * development(r, CALIBRATED_YEAR) + normal('staff', r.seed);

function raw(r: Respondent, large: boolean): number {
	const s = SHAPES[r.group];
	const z = sizeScore(r);
	const target = IT_STAFF_2018[r.group];
	if ('mean' in target) return clamp(s.mean + s.spread * z + 1.5 * Math.max(0, z) ** 2, s.min, s.max);
	if (!('below' in target)) throw new Error('unreachable');
	if (large)
		return clamp(
			Math.round(target.below + 2.5 * Math.abs(normal('staff-large', r.seed)) * (s.largeMax! / 12)),
			target.below,
			s.largeMax!
		);
	return clamp(Math.round(s.mean + s.spread * normal('staff-small', r.seed)), s.min, s.max);
}

/**
 * The `it_staff` of every respondent in a group for each round. `cohort` is the group's 2018
 * cohort, on which the published figure is met exactly.
 */
export function staffPanel(
	group: RespondentGroup,
	cohort: readonly Respondent[]
): (r: Respondent, year: number) => number {
	const target = IT_STAFF_2018[group];
	const base = new Map<string, number>();
	let largeCut = Infinity;
	if ('mean' in target) {
		const s = SHAPES[group];
		const fitted = fitSum(
			cohort.map((r) => raw(r, false)),
			target.mean * cohort.length,
			cohort.map(() => s.min),
			cohort.map(() => s.max),
			`staff:${group}`
		);
		cohort.forEach((r, i) => base.set(r.id, fitted[i]));
	} else {
		// The units with most staff are the ones at or above the threshold: the top n − count by size.
		const order = rankDescending(cohort.map(sizeScore));
		const large = cohort.length - target.count;
		order.forEach((i, rank) => base.set(cohort[i].id, raw(cohort[i], rank < large)));
		if (large > 0) largeCut = sizeScore(cohort[order[large - 1]]);
	}
	return (r, year) => {
		const b = base.get(r.id) ?? Math.round(raw(r, sizeScore(r) >= largeCut));
		if (year === CALIBRATED_YEAR) return b;
		const grown = compound(b, 0.05 * catchUp(r.propensity), year - CALIBRATED_YEAR);
		return Math.max(0, Math.round(grown + 0.6 * wobble(r, 'it_staff', year)));
	};
}
