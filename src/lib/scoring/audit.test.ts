import { describe, expect, it } from 'vitest';
import { correlationMatrix, cronbachAlpha } from './audit.ts';

describe('correlationMatrix', () => {
	it('is symmetric with pairwise-complete Pearson r and a unit diagonal', () => {
		// x = (1, 2, 3), y = (2, 4, 7): deviations (−1, 0, 1) and (−7/3, −1/3, 8/3);
		// Σdxdy = 5, Σdx² = 2, Σdy² = 114/9 → r = 5 / √(2 · 114/9) = 0.993399.
		const r = correlationMatrix([
			[1, 2, 3, null],
			[2, 4, 7, 1],
			[3, 2, 1, 0]
		]);
		expect(r[0][0]).toBe(1);
		expect(r[0][1]).toBeCloseTo(5 / Math.sqrt((2 * 114) / 9), 12);
		expect(r[1][0]).toBe(r[0][1]);
		expect(r[0][2]).toBeCloseTo(-1, 12);
	});

	it('is NaN where undefined', () => {
		const r = correlationMatrix([
			[1, 2, 3],
			[5, 5, 5],
			[1, null, 2]
		]);
		expect(r[1][1]).toBeNaN();
		expect(r[0][1]).toBeNaN();
		expect(r[0][2]).toBeNaN();
		expect(correlationMatrix([])).toEqual([]);
	});
});

describe('cronbachAlpha', () => {
	// Three items, five respondents, by hand:
	// item 1 (4, 3, 5, 2, 4): mean 3.6, Σd² = 0.16 + 0.36 + 1.96 + 2.56 + 0.16 = 5.2, s² = 1.3
	// item 2 (5, 3, 4, 2, 4): mean 3.6, Σd² = 1.96 + 0.36 + 0.16 + 2.56 + 0.16 = 5.2, s² = 1.3
	// item 3 (3, 2, 5, 1, 4): mean 3,   Σd² = 0 + 1 + 4 + 4 + 1 = 10,               s² = 2.5
	// totals (12, 8, 14, 5, 12): mean 10.2, Σd² = 3.24 + 4.84 + 14.44 + 27.04 + 3.24 = 52.8, s² = 13.2
	// α = 3/2 · (1 − 5.1 / 13.2) = 1.5 · 8.1 / 13.2 = 0.9204545…
	const items = [
		[4, 3, 5, 2, 4],
		[5, 3, 4, 2, 4],
		[3, 2, 5, 1, 4]
	];

	it('matches the hand-computed example', () => {
		expect(cronbachAlpha(items)).toEqual({
			alpha: expect.closeTo((1.5 * 8.1) / 13.2, 12),
			items: 3,
			units: 5,
			dropped: []
		});
		expect(cronbachAlpha(items).alpha).toBeCloseTo(0.920455, 6);
	});

	it('drops incomplete units listwise', () => {
		const gappy = [
			[...items[0], 1, null],
			[...items[1], NaN, 5],
			[...items[2], 9, 5]
		];
		expect(cronbachAlpha(gappy).alpha).toBeCloseTo(cronbachAlpha(items).alpha, 12);
		expect(cronbachAlpha(gappy).units).toBe(5);
	});

	it.each([
		['identical columns', [items[0], items[0], items[0]], 1],
		// Two items, s² = 1 each, totals (4, 4, 4): zero total variance.
		[
			'perfectly opposed items',
			[
				[1, 2, 3],
				[3, 2, 1]
			],
			NaN
		],
		['one item', [items[0]], NaN],
		['no items', [], NaN],
		[
			'one complete unit',
			[
				[1, null],
				[2, 3]
			],
			NaN
		]
	])('%s → %s', (_name, columns, expected) => {
		if (Number.isNaN(expected)) expect(cronbachAlpha(columns).alpha).toBeNaN();
		else expect(cronbachAlpha(columns).alpha).toBeCloseTo(expected, 12);
	});

	it('is negative when items disagree', () => {
		expect(
			cronbachAlpha([
				[1, 2, 3, 4],
				[4, 3, 1, 2]
			]).alpha
		).toBeLessThan(0);
	});

	it('drops an item constant over the complete units and names it, as psych::alpha does', () => {
		// R 4.2.2, psych 2.2.9:
		//   x <- data.frame(a = c(61, 72.6, 55, 80, 40, 90, NA, 66), b = c(rep(100, 7), 0),
		//                   c = c(33.3, 66.7, 100, 66.7, 0, 100, 33.3, NA),
		//                   d = c(42.9, 57.1, 0, 85.7, 14.3, 100, 71.4, 28.6))
		//   sprintf('%.17g', psych::alpha(x[complete.cases(x), ])$total$raw_alpha)
		//   → 0.74039759077526779 ("Item = b had no variance and was deleted"; nvar 3, 6 units)
		// b is not constant over all eight units, only over the six complete ones.
		const x = [
			[61, 72.6, 55, 80, 40, 90, null, 66],
			[100, 100, 100, 100, 100, 100, 100, 0],
			[33.3, 66.7, 100, 66.7, 0, 100, 33.3, null],
			[42.9, 57.1, 0, 85.7, 14.3, 100, 71.4, 28.6]
		];
		expect(cronbachAlpha(x)).toEqual({
			alpha: expect.closeTo(0.74039759077526779, 13),
			items: 3,
			units: 6,
			dropped: [1]
		});
	});
});
