import { describe, expect, it } from 'vitest';
import { BOM } from '../exports/csv-note.ts';
import { csvDocument, hasMarks, stripMark, tableCsv, withoutMarks } from './table.ts';

describe('tableCsv', () => {
	it('quotes, neutralises formulas and leaves nulls empty', () => {
		const csv = tableCsv({
			columns: ['省份', 'Score, composite'],
			rows: [
				['广东', 81.2],
				['=cmd', null],
				['"Q"', -0.5]
			]
		});
		expect(csv).toBe('省份,"Score, composite"\r\n广东,81.2\r\n\'=cmd,\r\n"""Q""",-0.5\r\n');
	});
});

describe('stripMark', () => {
	it.each([
		['新疆生产建设兵团 †', '新疆生产建设兵团'],
		['Tibet †', 'Tibet'],
		['Beijing*', 'Beijing'],
		['东莞市 ††', '东莞市'],
		['No mark', 'No mark'],
		['†middle name', '†middle name']
	])('%s → %s', (text, expected) => expect(stripMark(text)).toBe(expected));
});

describe('withoutMarks', () => {
	it('takes the marks off names and says in a last column which rows had one', () => {
		const table = {
			columns: ['Rank', 'Province', 'Score'],
			rows: [
				[1, '北京市', 80],
				[2, '新疆生产建设兵团 †', 70]
			]
		};
		expect(hasMarks(table)).toBe(true);
		expect(withoutMarks(table, 'Fewer than 30 respondents')).toEqual({
			columns: ['Rank', 'Province', 'Score', 'Fewer than 30 respondents'],
			rows: [
				[1, '北京市', 80, 0],
				[2, '新疆生产建设兵团', 70, 1]
			]
		});
	});

	it('adds no column when nothing is marked', () => {
		const table = { columns: ['Round', 'Score'], rows: [[2024, 60]] };
		expect(hasMarks(table)).toBe(false);
		expect(withoutMarks(table, 'few')).toEqual(table);
	});
});

describe('csvDocument', () => {
	it('is a BOM, one # line without commas, the header and rows with the mark as a column', () => {
		const csv = csvDocument(
			{ columns: ['省份', '综合指数'], rows: [['西藏自治区 †', 41.5]] },
			[
				'各省排名，2024',
				'Source: HIMAP; round 2024; 1,650 respondents',
				null,
				'Demo data: synthetic, calibrated'
			],
			'填报机构少于30家'
		);
		expect(csv.startsWith(BOM)).toBe(true);
		const [note, header, row, end] = csv.slice(1).split('\r\n');
		expect(note).toBe(
			'# 各省排名，2024 | Source: HIMAP; round 2024; 1650 respondents | Demo data: synthetic – calibrated'
		);
		expect(note).not.toMatch(/[,"]/);
		expect(header).toBe('省份,综合指数,填报机构少于30家');
		expect(row).toBe('西藏自治区,41.5,1');
		expect(end).toBe('');
	});
});
