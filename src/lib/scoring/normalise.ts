/**
 * Normalisation onto 0–100 (OECD/JRC Handbook on Constructing Composite Indicators, 2008, §5).
 * Every method works on one indicator within one peer group; missing values (NaN) stay missing.
 */

export type NormaliseMethod = 'goalposts' | 'minmax' | 'zscore' | 'rank';
export const NORMALISE_METHODS: readonly NormaliseMethod[] = ['goalposts', 'minmax', 'zscore', 'rank'];

/**
 * Goalposts: 100 (x − lower) / (upper − lower), clamped to 0–100; negative direction flips it.
 * @example goalposts(15, 0, 20) === 75
 */
export function goalposts(x: number, lower: number, upper: number, negative = false): number {
	const s = Math.min(100, Math.max(0, (100 * (x - lower)) / (upper - lower)));
	return negative ? 100 - s : s;
}

/** Min–max over the group: 100 (x − min) / (max − min); a constant column scores 100 (nobody is behind). @example minmax([1,2,3,4,10]) → [0, 11.1…, 22.2…, 33.3…, 100] */
export function minmax(values: readonly number[]): number[] {
	return Array.from(normaliseColumn('minmax', Float64Array.from(values), [0, 100], false));
}

/** z-scores rescaled as T-scores, 50 + 10 z, clamped to 0–100 so they aggregate with the other dimensions. */
export function zscore(values: readonly number[]): number[] {
	return Array.from(normaliseColumn('zscore', Float64Array.from(values), [0, 100], false));
}

/** Percentile rank, 100 (r − 1)/(n − 1) with ties at their average rank; a single value scores 100. */
export function rank(values: readonly number[]): number[] {
	return Array.from(normaliseColumn('rank', Float64Array.from(values), [0, 100], false));
}

/** Normalises one indicator column of a peer group. */
export function normalise(
	method: NormaliseMethod,
	values: readonly number[],
	posts: [number, number],
	negative: boolean
): number[] {
	return Array.from(normaliseColumn(method, Float64Array.from(values), posts, negative));
}

/**
 * What a normalisation of one peer group's indicator column was fitted to: enough to normalise
 * any of its values again, exactly (normaliser), without the column. A score run stores one per
 * group and indicator, so the `normalised` and `pillars` exports apply it a respondent at a time
 * (docs/methodology.md §7). Absent parameters (a column with no value present) are null.
 */
export type Normalisation = { negative: boolean } & (
	| { method: 'goalposts'; lower: number; upper: number }
	| { method: 'minmax'; min: number | null; max: number | null }
	| { method: 'zscore'; mean: number | null; sd: number | null }
	/** The distinct values present, ascending, and the score each was given (ties at their average rank). */
	| { method: 'rank'; values: number[]; scores: number[] }
);

/**
 * normalise on a typed column, into one new typed column: a million respondents' indicator is
 * read and written once, with no array of boxed numbers between (scoring normalises every
 * indicator of every group under four methods for the rank intervals). Fitted, then applied:
 * the same two steps an export repeats from the stored fit, so its values are these bit for bit.
 */
export function normaliseColumn(
	method: NormaliseMethod,
	values: Float64Array,
	posts: [number, number],
	negative: boolean
): Float64Array {
	return applyNormalisation(fitNormalisation(method, values, posts, negative), values);
}

export function applyNormalisation(fit: Normalisation, values: Float64Array): Float64Array {
	const f = normaliser(fit);
	const out = new Float64Array(values.length);
	for (let i = 0; i < values.length; i++) out[i] = f(values[i]);
	return out;
}

/** The parameters of a method on one column (missing values, NaN, left out). */
export function fitNormalisation(
	method: NormaliseMethod,
	values: Float64Array,
	posts: [number, number],
	negative: boolean
): Normalisation {
	if (method === 'goalposts') return { method, lower: posts[0], upper: posts[1], negative };
	if (method === 'minmax') {
		let min = Infinity;
		let max = -Infinity;
		for (const v of values) {
			if (Number.isNaN(v)) continue;
			if (v < min) min = v;
			if (v > max) max = v;
		}
		return min > max ? { method, min: null, max: null, negative } : { method, min, max, negative };
	}
	if (method === 'zscore') {
		let n = 0;
		let sum = 0;
		for (const v of values) {
			if (Number.isNaN(v)) continue;
			sum += v;
			n++;
		}
		if (n === 0) return { method, mean: null, sd: null, negative };
		const mean = sum / n;
		let ss = 0;
		for (const v of values) if (!Number.isNaN(v)) ss += (v - mean) ** 2;
		return { method, mean, sd: Math.sqrt(ss / n), negative };
	}
	// Rank: a sorted copy of the values present (a native numeric sort), then one score per distinct
	// value: a million respondents hold a few hundred distinct answers, and nothing is allocated per value.
	const sorted = values.filter((v) => !Number.isNaN(v)).sort();
	const n = sorted.length;
	const distinct: number[] = [];
	const scores: number[] = [];
	for (let k = 0; k < n;) {
		let end = k;
		while (end + 1 < n && sorted[end + 1] === sorted[k]) end++;
		const average = (k + end) / 2; // 0-based average rank of the tie
		distinct.push(sorted[k]);
		scores.push(n === 1 ? 100 : (100 * average) / (n - 1));
		k = end + 1;
	}
	return { method, values: distinct, scores, negative };
}

/** One value's score under a fitted normalisation; NaN (missing) stays NaN. */
export function normaliser(fit: Normalisation): (v: number) => number {
	const flip = fit.negative ? (s: number) => 100 - s : (s: number) => s;
	switch (fit.method) {
		case 'goalposts': {
			const { lower, upper, negative } = fit;
			return (v) => (Number.isNaN(v) ? NaN : goalposts(v, lower, upper, negative));
		}
		case 'minmax': {
			const min = fit.min ?? NaN;
			const max = fit.max ?? NaN;
			return (v) => (Number.isNaN(v) ? NaN : flip(max === min ? 100 : (100 * (v - min)) / (max - min)));
		}
		case 'zscore': {
			const mean = fit.mean ?? NaN;
			const sd = fit.sd ?? NaN;
			return (v) =>
				Number.isNaN(v) ? NaN : flip(sd === 0 ? 50 : Math.min(100, Math.max(0, 50 + (10 * (v - mean)) / sd)));
		}
		case 'rank': {
			const score = new Map(fit.values.map((v, i) => [v, fit.scores[i]]));
			// A value the fit never saw cannot occur in the column it was fitted on.
			return (v) => (Number.isNaN(v) ? NaN : flip(score.get(v) ?? NaN));
		}
	}
}
