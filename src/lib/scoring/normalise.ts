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
	let min = Infinity;
	let max = -Infinity;
	for (const v of values) {
		if (Number.isNaN(v)) continue;
		if (v < min) min = v;
		if (v > max) max = v;
	}
	return values.map((v) => (Number.isNaN(v) ? NaN : max === min ? 100 : (100 * (v - min)) / (max - min)));
}

/** z-scores rescaled as T-scores, 50 + 10 z, clamped to 0–100 so they aggregate with the other dimensions. */
export function zscore(values: readonly number[]): number[] {
	const present = values.filter((v) => !Number.isNaN(v));
	const mean = present.reduce((s, v) => s + v, 0) / present.length;
	const sd = Math.sqrt(present.reduce((s, v) => s + (v - mean) ** 2, 0) / present.length);
	return values.map((v) =>
		Number.isNaN(v) ? NaN : sd === 0 ? 50 : Math.min(100, Math.max(0, 50 + (10 * (v - mean)) / sd))
	);
}

/** Percentile rank, 100 (r − 1)/(n − 1) with ties at their average rank; a single value scores 100. */
export function rank(values: readonly number[]): number[] {
	const present = values
		.map((v, i) => [v, i] as const)
		.filter(([v]) => !Number.isNaN(v))
		.sort((a, b) => a[0] - b[0]);
	const out = values.map(() => NaN);
	const n = present.length;
	for (let k = 0; k < n;) {
		let end = k;
		while (end + 1 < n && present[end + 1][0] === present[k][0]) end++;
		const average = (k + end) / 2; // 0-based average rank of the tie
		for (let j = k; j <= end; j++) out[present[j][1]] = n === 1 ? 100 : (100 * average) / (n - 1);
		k = end + 1;
	}
	return out;
}

/** Normalises one indicator column of a peer group. */
export function normalise(
	method: NormaliseMethod,
	values: readonly number[],
	posts: [number, number],
	negative: boolean
): number[] {
	if (method === 'goalposts')
		return values.map((v) => (Number.isNaN(v) ? NaN : goalposts(v, posts[0], posts[1], negative)));
	const scaled = method === 'minmax' ? minmax(values) : method === 'zscore' ? zscore(values) : rank(values);
	return negative ? scaled.map((v) => 100 - v) : scaled;
}
