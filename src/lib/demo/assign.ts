/**
 * Exact-count assignment: how the demo hits published counts and means exactly while keeping a
 * realistic spread. Counts come from ranking a latent score (the top k say `yes`); sums come from
 * rescaling drawn values and spreading the rounding residual one unit at a time.
 */
import { uniform } from './random.ts';

/** Indices ordered by descending score; ties keep index order so the result is deterministic. */
export function rankDescending(scores: readonly number[]): number[] {
	return scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
}

/**
 * `true` for the `k` highest scores, `false` for the rest.
 *
 * @example topK([0.2, 0.9, 0.5], 2) // [false, true, true]
 */
export function topK(scores: readonly number[], k: number): boolean[] {
	const n = scores.length;
	if (k < 0 || k > n) throw new RangeError(`topK: k=${k} outside 0..${n}`);
	if (k === 0) return new Array(n).fill(false);
	// The k-th largest score via a native numeric sort (no JS comparator: this runs hundreds of
	// times per dataset); ties at the threshold go to the lower index, as in rankDescending.
	const threshold = Float64Array.from(scores).sort()[n - k];
	let tiesLeft = k - scores.filter((s) => s > threshold).length;
	return scores.map((s) => s > threshold || (s === threshold && tiesLeft-- > 0));
}

/**
 * Splits `total` into integer parts proportional to `weights` (largest-remainder method), so the
 * parts add up exactly.
 *
 * @example largestRemainder([1, 1, 1], 10) // [4, 3, 3]
 */
export function largestRemainder(weights: readonly number[], total: number): number[] {
	const sum = weights.reduce((a, b) => a + b, 0);
	const exact = weights.map((w) => (sum > 0 ? (w / sum) * total : 0));
	const parts = exact.map(Math.floor);
	let left = total - parts.reduce((a, b) => a + b, 0);
	const order = exact.map((_, i) => i).sort((a, b) => exact[b] - parts[b] - (exact[a] - parts[a]) || a - b);
	for (const i of order) {
		if (left <= 0) break;
		parts[i]++;
		left--;
	}
	return parts;
}

/**
 * Adjusts integer values so that they add up to exactly `target`, each staying within
 * [lo[i], hi[i]]. A multiplicative rescale keeps the drawn shape (zeros stay zero, so sparse
 * columns stay sparse); the rounding residual then moves single units, non-zero values first, in
 * an order shuffled by `key`.
 *
 * @throws RangeError when the bounds make the target unreachable.
 */
export function fitSum(
	values: readonly number[],
	target: number,
	lo: readonly number[],
	hi: readonly number[],
	key: string
): number[] {
	const minSum = lo.reduce((a, b) => a + b, 0);
	const maxSum = hi.reduce((a, b) => a + b, 0);
	if (target < minSum || target > maxSum)
		throw new RangeError(`fitSum(${key}): ${target} outside ${minSum}..${maxSum}`);
	const clamp = (x: number, i: number) => Math.min(hi[i], Math.max(lo[i], x));
	let v = values.map(clamp);
	for (let iter = 0; iter < 60; iter++) {
		const s = v.reduce((a, b) => a + b, 0);
		if (s <= 0 || Math.abs(s - target) < 0.5) break;
		const f = target / s;
		v = v.map((x, i) => clamp(x * f, i));
	}
	const out = v.map((x, i) => clamp(Math.round(x), i));
	let residual = target - out.reduce((a, b) => a + b, 0);
	const draw = out.map((_, i) => uniform(key, i));
	const shuffled = out.map((_, i) => i).sort((a, b) => draw[a] - draw[b] || a - b);
	let allowZeros = false;
	while (residual !== 0) {
		const step = residual > 0 ? 1 : -1;
		let moved = false;
		for (const i of shuffled) {
			if (residual === 0) break;
			if (!allowZeros && out[i] === 0) continue;
			const next = out[i] + step;
			if (next < lo[i] || next > hi[i]) continue;
			out[i] = next;
			residual -= step;
			moved = true;
		}
		if (!moved) {
			if (allowZeros) throw new RangeError(`fitSum(${key}): stuck with residual ${residual}`);
			allowZeros = true;
		}
	}
	return out;
}

/**
 * Cut-points that split `scores` into grades with the given shares (grade 0 first): the lowest
 * `shares[0]` of scores get grade 0, and so on. Grades with share 0 get no one at first but are
 * passed through as scores drift upward.
 */
export function gradeCuts(scores: readonly number[], shares: readonly number[]): number[] {
	const sorted = [...scores].sort((a, b) => a - b);
	const total = shares.reduce((a, b) => a + b, 0);
	const cuts: number[] = [];
	let cum = 0;
	for (let g = 0; g < shares.length - 1; g++) {
		cum += shares[g] / total;
		const at = Math.min(sorted.length - 1, Math.round(cum * sorted.length));
		cuts.push(cum >= 1 ? Infinity : sorted[at]);
	}
	return cuts;
}

/** The grade of `score` under `cuts` (number of cut-points at or below it), capped at `maxGrade`. */
export function gradeOf(score: number, cuts: readonly number[], maxGrade: number): number {
	let g = 0;
	for (const c of cuts) if (score >= c) g++;
	// Beyond the top 2018 grade, each further 0.8 SD of drift earns one more grade.
	const top = cuts.length ? cuts[cuts.length - 1] : 0;
	if (g === cuts.length && Number.isFinite(top)) g += Math.floor((score - top) / 0.8);
	return Math.min(maxGrade, g);
}
