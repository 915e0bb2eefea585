import { describe, expect, it } from 'vitest';
import { cellText, fitWidth } from './cell-text.ts';

describe('cellText', () => {
	it.each([
		['empty', null, ''],
		['undefined', undefined, ''],
		['string', '北京市', '北京市'],
		['integer', 110101, '110101'],
		['decimal', 3.25, '3.25'],
		['float noise', 0.1 + 0.2, '0.3'],
		['negative', -12.5, '-12.5'],
		['true', true, 'TRUE'],
		['false', false, 'FALSE'],
		['date', new Date(Date.UTC(2024, 2, 5)), '2024-03-05'],
		['date and time', new Date(Date.UTC(2024, 2, 5, 8, 30)), '2024-03-05T08:30:00'],
		['rich text', { richText: [{ text: '是' }, { text: '（已建）' }] }, '是（已建）'],
		['formula number', { formula: 'A1*2', result: 84 }, '84'],
		['formula text', { formula: 'A1&"x"', result: 'yes' }, 'yes'],
		['formula no result', { formula: 'A1' }, ''],
		['shared formula', { sharedFormula: 'B2', result: 7 }, '7'],
		['error', { error: '#N/A' }, '#N/A'],
		['hyperlink', { text: 'site', hyperlink: 'https://example.org' }, 'site'],
		['not a number', NaN, '']
	])('%s', (_name, value, text) => {
		expect(cellText(value)).toBe(text);
	});
});

describe('fitWidth', () => {
	it.each([
		['pads short rows', ['a'], 3, ['a', '', '']],
		['drops blank cells past the header', ['a', 'b', '', ''], 2, ['a', 'b']],
		['keeps values past the header', ['a', 'b', 'c'], 2, ['a', 'b', 'c']],
		['keeps inner blanks', ['a', '', 'c'], 3, ['a', '', 'c']]
	])('%s', (_name, fields, width, out) => {
		expect(fitWidth([...fields], width)).toEqual(out);
	});
});
