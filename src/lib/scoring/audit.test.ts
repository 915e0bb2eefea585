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
		expect(cronbachAlpha(items)).toBeCloseTo((1.5 * 8.1) / 13.2, 12);
		expect(cronbachAlpha(items)).toBeCloseTo(0.920455, 6);
	});

	it('drops incomplete units listwise', () => {
		const gappy = [
			[...items[0], 1, null],
			[...items[1], NaN, 5],
			[...items[2], 9, 5]
		];
		expect(cronbachAlpha(gappy)).toBeCloseTo(cronbachAlpha(items), 12);
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
		if (Number.isNaN(expected)) expect(cronbachAlpha(columns)).toBeNaN();
		else expect(cronbachAlpha(columns)).toBeCloseTo(expected, 12);
	});

	it('is negative when items disagree', () => {
		expect(
			cronbachAlpha([
				[1, 2, 3, 4],
				[4, 3, 1, 2]
			])
		).toBeLessThan(0);
	});
});
