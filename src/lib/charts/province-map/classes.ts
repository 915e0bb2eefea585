/**
 * Class breaks of the choropleth: equal intervals of a "nice" width (1, 2, 2.5 or 5 × 10^k) that
 * start at a multiple of the width, so the legend reads 40–50, 50–60 … rather than 41.37–49.82.
 * Equal intervals (not quantiles) keep a class meaning the same score range from round to round.
 */

export interface ValueClass {
	/** Inclusive lower bound. */
	min: number;
	/** Upper bound: exclusive, except for the last class (inclusive). */
	max: number;
}

const NICE = [1, 2, 2.5, 5];

/** The nice widths from just below `rough` upwards: … 0.5, 1, 2, 2.5, 5, 10, 20 … */
function* niceWidths(rough: number): Generator<number> {
	let magnitude = 10 ** Math.floor(Math.log10(rough));
	for (;;) {
		for (const m of NICE) yield m * magnitude;
		magnitude *= 10;
	}
}

/**
 * `count` classes covering every value: the narrowest nice width w such that
 * floor(min / w) · w + count · w > max (or ≥ max when max sits on the last bound).
 * @example equalIntervalClasses([41.4, 49.8, 63.2, 88.1], 5)
 *   → [40, 50), [50, 60), [60, 70), [70, 80), [80, 90]
 */
export function equalIntervalClasses(values: readonly number[], count = 5): ValueClass[] {
	const finite = values.filter((v) => Number.isFinite(v));
	if (finite.length === 0) return [];
	const lo = Math.min(...finite);
	const hi = Math.max(...finite);
	// Equal values still get a visible range: a tenth of their size, or 1.
	const span = hi > lo ? hi - lo : Math.abs(hi) / 10 || 1;
	for (const w of niceWidths(span / count)) {
		const start = Math.floor(lo / w) * w;
		if (start + count * w >= hi) {
			// Avoid 0.30000000000000004-style bounds: round to the width's precision.
			const digits = Math.max(0, -Math.floor(Math.log10(w)) + 1);
			const at = (k: number) => Number((start + k * w).toFixed(digits));
			return Array.from({ length: count }, (_, k) => ({ min: at(k), max: at(k + 1) }));
		}
	}
	return [];
}

/** Index of the class holding `value`, or -1 (no value, or outside every class). */
export function classOf(value: number | null, classes: readonly ValueClass[]): number {
	if (value === null || !Number.isFinite(value)) return -1;
	return classes.findIndex(
		(c, k) => value >= c.min && (value < c.max || (k === classes.length - 1 && value <= c.max))
	);
}

/** Decimals needed to print the bounds of `classes` (0 for 40–50, 1 for 42.5–45). */
export function boundDigits(classes: readonly ValueClass[]): number {
	let digits = 0;
	for (const c of classes)
		for (const b of [c.min, c.max]) {
			const text = String(b);
			const dot = text.indexOf('.');
			if (dot >= 0) digits = Math.max(digits, text.length - dot - 1);
		}
	return Math.min(digits, 4);
}
