import { describe, expect, it } from 'vitest';
import { maxMinRatio, range } from './range.ts';

describe('range and max/min ratio', () => {
	it.each([
		[[1, 2, 3, 4, 10], 9, 10],
		[[2, 3, 5, 8], 6, 4],
		[[8, 6, 4, 3, 2, 4, 1], 7, 8],
		[[7], 0, 1]
	])('%j: range %d, ratio %d', (x, r, ratio) => {
		expect(range(x)).toBe(r);
		expect(maxMinRatio(x)).toBe(ratio);
	});
	it('gives Infinity when the minimum is 0', () => expect(maxMinRatio([0, 5, 2])).toBe(Infinity));
	it('refuses a ratio of all zeros, but their range is 0', () => {
		expect(() => maxMinRatio([0, 0])).toThrow('every value is 0');
		expect(range([0, 0])).toBe(0);
	});
	it('handles long arrays', () => {
		const x = Array.from({ length: 300_000 }, (_, i) => i + 1);
		expect(range(x)).toBe(299_999);
		expect(maxMinRatio(x)).toBe(300_000);
	});
});
