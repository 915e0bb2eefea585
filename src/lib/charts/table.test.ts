import { describe, expect, it } from 'vitest';
import { BOM, tableCsv } from './table.ts';

describe('tableCsv', () => {
	it('starts with a BOM, quotes, neutralises formulas and leaves nulls empty', () => {
		const csv = tableCsv({
			columns: ['省份', 'Score, composite'],
			rows: [
				['广东', 81.2],
				['=cmd', null],
				['"Q"', -0.5]
			]
		});
		expect(csv.startsWith(BOM)).toBe(true);
		expect(csv.slice(1)).toBe('省份,"Score, composite"\r\n广东,81.2\r\n\'=cmd,\r\n"""Q""",-0.5\r\n');
	});
});
