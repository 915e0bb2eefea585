import { describe, expect, it } from 'vitest';
import { wilson, wilsonPercent, Z_95 } from './wilson.ts';

/**
 * Reference intervals from R 4 (independent of this code):
 *   for (p in list(c(0,10), c(10,10), …)) { ci <- prop.test(p[1], p[2], correct = FALSE)$conf.int
 *     cat(sprintf("[%d, %d, %.17g, %.17g],\n", p[1], p[2], ci[1] * 100, ci[2] * 100)) }
 * prop.test's z is sqrt(qchisq(0.95, 1)) = qnorm(0.975).
 */
const R_VECTORS: [number, number, number, number][] = [
	[0, 10, 0, 27.753279986288916],
	[10, 10, 72.246720013711084, 100],
	[1, 10, 1.7876213095072893, 40.415002679523838],
	[81, 263, 25.528851987827426, 36.620957698280016],
	[15, 148, 6.2386399530736281, 16.0487241723308],
	[30, 32, 79.852876855845437, 98.2689432968359],
	[1, 1, 20.65493143772375, 100],
	[0, 1, 0, 79.345068562276253],
	[500, 1000, 46.906960036810418, 53.093039963189582]
];

describe('wilson', () => {
	it.each(R_VECTORS)('%i of %i matches R prop.test(correct = FALSE)', (x, n, lower, upper) => {
		const ci = wilsonPercent(x, n)!;
		expect(ci.lower).toBeCloseTo(lower, 11);
		expect(ci.upper).toBeCloseTo(upper, 11);
	});

	it('ends exactly at 0 for 0/n and at 1 for n/n', () => {
		expect(wilson(0, 37)!.lower).toBe(0);
		expect(wilson(37, 37)!.upper).toBe(1);
		expect(wilson(0, 37)!.upper).toBeGreaterThan(0);
		expect(wilson(37, 37)!.lower).toBeLessThan(1);
	});

	it('has no interval when nobody answered', () => {
		expect(wilson(0, 0)).toBeNull();
		expect(wilsonPercent(0, 0)).toBeNull();
	});

	it('uses qnorm(0.975) and always holds the observed share', () => {
		expect(Z_95).toBe(1.959963984540054);
		for (const [x, n] of R_VECTORS) {
			const ci = wilson(x, n)!;
			expect(ci.lower).toBeLessThanOrEqual(x / n);
			expect(ci.upper).toBeGreaterThanOrEqual(x / n);
		}
	});
});
