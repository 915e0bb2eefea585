import { describe, expect, it } from 'vitest';
import { boundDigits, classOf, equalIntervalClasses } from './classes.ts';

const bounds = (values: number[]) => equalIntervalClasses(values).map((c) => [c.min, c.max]);

describe('equalIntervalClasses', () => {
	it.each([
		{
			values: [41.4, 49.8, 63.2, 88.1],
			expected: [
				[40, 50],
				[50, 60],
				[60, 70],
				[70, 80],
				[80, 90]
			]
		},
		{
			values: [52.1, 55, 58.3, 61.9],
			expected: [
				[52, 54],
				[54, 56],
				[56, 58],
				[58, 60],
				[60, 62]
			]
		},
		{
			values: [60, 70, 72.5],
			expected: [
				[60, 62.5],
				[62.5, 65],
				[65, 67.5],
				[67.5, 70],
				[70, 72.5]
			]
		},
		{
			values: [0.12, 0.31],
			expected: [
				[0.1, 0.15],
				[0.15, 0.2],
				[0.2, 0.25],
				[0.25, 0.3],
				[0.3, 0.35]
			]
		},
		{
			values: [50, 50],
			expected: [
				[50, 51],
				[51, 52],
				[52, 53],
				[53, 54],
				[54, 55]
			]
		}
	])('$values → $expected', ({ values, expected }) => {
		expect(bounds(values)).toEqual(expected);
	});

	it('has no classes without values', () => {
		expect(equalIntervalClasses([NaN])).toEqual([]);
	});

	it('covers every value', () => {
		const values = [3.7, 17.2, 29.9, 44.4, 98.6];
		const classes = equalIntervalClasses(values);
		for (const v of values) expect(classOf(v, classes)).toBeGreaterThanOrEqual(0);
	});
});

describe('classOf', () => {
	const classes = equalIntervalClasses([40, 90]);
	it.each([
		[40, 0],
		[49.99, 0],
		[50, 1],
		[90, 4],
		[90.01, -1],
		[39, -1],
		[null, -1],
		[NaN, -1]
	])('%s → class %i', (value, k) => {
		expect(classOf(value, classes)).toBe(k);
	});
});

describe('boundDigits', () => {
	it.each([
		[[40, 90], 0],
		[[60, 72.5], 1],
		[[0.12, 0.31], 2]
	])('%j → %i decimals', (values, digits) => {
		expect(boundDigits(equalIntervalClasses(values))).toBe(digits);
	});
});
