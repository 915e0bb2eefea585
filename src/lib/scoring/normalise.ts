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
	return Array.from(column('minmax', Float64Array.from(values)));
}

/** z-scores rescaled as T-scores, 50 + 10 z, clamped to 0–100 so they aggregate with the other dimensions. */
export function zscore(values: readonly number[]): number[] {
	return Array.from(column('zscore', Float64Array.from(values)));
}

/** Percentile rank, 100 (r − 1)/(n − 1) with ties at their average rank; a single value scores 100. */
export function rank(values: readonly number[]): number[] {
	return Array.from(column('rank', Float64Array.from(values)));
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
 * normalise on a typed column, into one new typed column: a million respondents' indicator is
 * read and written once, with no array of boxed numbers between (scoring normalises every
 * indicator of every group under four methods for the rank intervals).
 */
export function normaliseColumn(
	method: NormaliseMethod,
	values: Float64Array,
	posts: [number, number],
	negative: boolean
): Float64Array {
	if (method === 'goalposts') {
		const out = new Float64Array(values.length);
		for (let i = 0; i < values.length; i++) {
			const v = values[i];
			out[i] = Number.isNaN(v) ? NaN : goalposts(v, posts[0], posts[1], negative);
		}
		return out;
	}
	const scaled = column(method, values);
	if (negative) for (let i = 0; i < scaled.length; i++) scaled[i] = 100 - scaled[i];
	return scaled;
}

/** The data-scaled methods on a typed column (missing values, NaN, stay missing). */
function column(method: Exclude<NormaliseMethod, 'goalposts'>, values: Float64Array): Float64Array {
	const out = new Float64Array(values.length);
	if (method === 'minmax') {
		let min = Infinity;
		let max = -Infinity;
		for (const v of values) {
			if (Number.isNaN(v)) continue;
			if (v < min) min = v;
			if (v > max) max = v;
		}
		for (let i = 0; i < values.length; i++) {
			const v = values[i];
			out[i] = Number.isNaN(v) ? NaN : max === min ? 100 : (100 * (v - min)) / (max - min);
		}
		return out;
	}
	if (method === 'zscore') {
		let n = 0;
		let sum = 0;
		for (const v of values) {
			if (Number.isNaN(v)) continue;
			sum += v;
			n++;
		}
		const mean = sum / n;
		let ss = 0;
		for (const v of values) if (!Number.isNaN(v)) ss += (v - mean) ** 2;
		const sd = Math.sqrt(ss / n);
		for (let i = 0; i < values.length; i++) {
			const v = values[i];
			out[i] = Number.isNaN(v)
				? NaN
				: sd === 0
					? 50
					: Math.min(100, Math.max(0, 50 + (10 * (v - mean)) / sd));
		}
		return out;
	}
	// Rank: a sorted copy of the values present (a native numeric sort), then one score per distinct
	// value: a million respondents hold a few hundred distinct answers, and nothing is allocated per value.
	const sorted = values.filter((v) => !Number.isNaN(v)).sort();
	const n = sorted.length;
	const score = new Map<number, number>();
	for (let k = 0; k < n;) {
		let end = k;
		while (end + 1 < n && sorted[end + 1] === sorted[k]) end++;
		const average = (k + end) / 2; // 0-based average rank of the tie
		score.set(sorted[k], n === 1 ? 100 : (100 * average) / (n - 1));
		k = end + 1;
	}
	for (let i = 0; i < values.length; i++) out[i] = Number.isNaN(values[i]) ? NaN : score.get(values[i])!;
	return out;
}
