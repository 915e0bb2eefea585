import { describe, expect, it } from 'vitest';
import { formatCell, formatCsv } from './csv-format.ts';

describe('formatCell', () => {
	it.each([
		['plain', 'plain'],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		['=1+1', "'=1+1"],
		['+86 10', "'+86 10"],
		['-cmd', "'-cmd"],
		['@SUM(A1)', "'@SUM(A1)"],
		['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
		[-0.5, '-0.5'],
		[0.1 + 0.2, '0.30000000000000004'],
		[null, ''],
		[Number.NaN, '']
	])('%j → %s', (value, expected) => expect(formatCell(value)).toBe(expected));
});

describe('formatCsv', () => {
	it('writes a header and CRLF rows in column order', () => {
		expect(formatCsv(['b', 'a'], [{ a: 1, b: 'x' }])).toBe('b,a\r\nx,1\r\n');
	});
});
