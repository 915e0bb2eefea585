import { mulberry32 } from '../../scoring/random.ts';

/**
 * Seeded random data for the property tests (mulberry32), so a failure reproduces exactly.
 * @example const next = seeded(1); next() → a number in [0, 1), the same sequence every run
 */
export const seeded = mulberry32;

/** n positive values, n population weights and n group names out of `groups`, from one seed. */
export function randomRegions(seed: number, n: number, groups = ['east', 'central', 'west', 'northeast']) {
	const next = seeded(seed);
	return {
		values: Array.from({ length: n }, () => 0.5 + 99.5 * next()),
		weights: Array.from({ length: n }, () => 1 + 1000 * next()),
		groups: Array.from({ length: n }, () => groups[Math.floor(next() * groups.length)])
	};
}
