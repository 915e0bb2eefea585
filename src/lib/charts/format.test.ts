import { describe, expect, it } from 'vitest';
import {
	escapeHtml,
	formatCount,
	formatNumber,
	formatRank,
	formatRankInterval,
	formatShare,
	formatSigned,
	roundTo
} from './format.ts';

describe('format', () => {
	it.each([
		[formatNumber(65.25, 'en', 1), '65.3'],
		[formatNumber(1234.5, 'zh-CN', 1), '1,234.5'],
		[formatNumber(null, 'en'), '–'],
		[formatNumber(NaN, 'en', 1, 'n/a'), 'n/a'],
		[formatRank(3, 'en'), '3'],
		[formatRank(10.05, 'en'), '10.1'],
		[formatRankInterval(3, 2, 5, 'en'), '3 (2–5)'],
		[formatRankInterval(3, null, null, 'en'), '3'],
		[formatRankInterval(4, 2, 6.1, 'en'), '4 (2–7)'],
		[formatRankInterval(25, 18.5, 25.1, 'en'), '25 (18–26)'],
		[formatShare(0.25, 'en'), '25%'],
		[formatShare(0.125, 'en', 1, 0), '12.5%'],
		[formatShare(0.25, 'en', 1, 0), '25%'],
		[formatSigned(1.25, 'en'), '+1.3'],
		[formatSigned(-0.44, 'zh-CN'), '-0.4'],
		[formatSigned(0, 'en'), '0.0'],
		[formatSigned(null, 'en'), '–'],
		[formatCount(1650, 'en'), '1,650'],
		[formatCount(32, 'zh-CN'), '32'],
		[escapeHtml(`<a href="x">&'`), '&lt;a href=&quot;x&quot;&gt;&amp;&#39;']
	])('%s is %s', (actual, expected) => {
		expect(actual).toBe(expected);
	});

	it.each([
		[0.1 + 0.2, 4, 0.3],
		[81.235, 2, 81.24],
		[null, 2, null],
		[Infinity, 2, null]
	])('roundTo(%f, %i) = %s', (value, digits, expected) => {
		expect(roundTo(value, digits)).toBe(expected);
	});
});
