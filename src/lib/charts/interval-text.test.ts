import { describe, expect, it } from 'vitest';
import { intervalText } from './interval-text.ts';

describe('intervalText', () => {
	it('writes both bounds with one decimal by default', () => {
		expect(intervalText({ lower: 72.673, upper: 76.899 }, 'en')).toBe('72.7–76.9');
		expect(intervalText({ lower: 0, upper: 27.75 }, 'en', 2)).toBe('0.00–27.75');
	});

	it('gives nothing without an interval', () => {
		expect(intervalText(null)).toBeNull();
		expect(intervalText({ lower: NaN, upper: 1 })).toBeNull();
	});
});
