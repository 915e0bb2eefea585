import { describe, expect, it } from 'vitest';
import { INTEROP_LEVELS } from './templates.ts';
import {
	choiceParser,
	integerParser,
	Invalid,
	normaliseCell,
	ordinalParser,
	parseBoolean,
	parsePercent,
	parseRegionCode,
	textParser
} from './values.ts';

const ok = (v: unknown) => v;
const bad = (v: unknown) => (v instanceof Invalid ? 'invalid' : v);

describe('normaliseCell', () => {
	it.each([
		['  45 ', '45'],
		['４５', '45'],
		['４５．５％', '45.5%'],
		['\u3000是\u3000', '是'],
		['\uFEFFyear', 'year'],
		['', '']
	])('%j → %j', (raw, expected) => expect(normaliseCell(raw)).toBe(expected));
});

describe('parseBoolean', () => {
	it.each([
		['yes', 1],
		['YES', 1],
		['y', 1],
		['Y', 1],
		['true', 1],
		['True', 1],
		['1', 1],
		['是', 1],
		['有', 1],
		['no', 0],
		['No', 0],
		['n', 0],
		['false', 0],
		['FALSE', 0],
		['0', 0],
		['否', 0],
		['无', 0],
		['', null]
	])('%j → %j', (cell, expected) => expect(ok(parseBoolean(cell))).toBe(expected));
	it.each(['maybe', '2', 'yes!', '对', '-1', 'ye s'])('%j is invalid, naming the spellings', (cell) => {
		const v = parseBoolean(cell);
		expect(v).toBeInstanceOf(Invalid);
		expect((v as Invalid).message).toContain('是/否');
	});
});

describe('parsePercent', () => {
	it.each([
		['45', 45],
		['45.5', 45.5],
		['45%', 45],
		['45.5 %', 45.5],
		['0', 0],
		['100', 100],
		['100%', 100],
		['', null]
	])('%j → %j', (cell, expected) => expect(ok(parsePercent(cell))).toBe(expected));
	it.each(['101', '100.1', '-5', 'abc', '45%%', '4 5', '.5', '5.', '1e2', '%'])('%j is invalid', (cell) =>
		expect(bad(parsePercent(cell))).toBe('invalid')
	);
	it('says what went wrong above 100', () =>
		expect((parsePercent('101') as Invalid).message).toMatch(/above 100/));
});

describe('integerParser', () => {
	const staff = integerParser(0, 1_000_000);
	const emr = integerParser(0, 8);
	it.each([
		['0', 0],
		['12', 12],
		['', null]
	])('%j → %j', (cell, expected) => expect(ok(staff(cell))).toBe(expected));
	it.each([
		[staff, '3.5'],
		[staff, '-1'],
		[staff, 'twelve'],
		[staff, '1,000'],
		[emr, '9'],
		[emr, '-0.0']
	])('rejects %#', (parse, cell) => expect(bad(parse(cell))).toBe('invalid'));
});

describe('ordinalParser (interop_level)', () => {
	const parse = ordinalParser(INTEROP_LEVELS);
	it.each([
		['0', 0],
		['1', 1],
		['一级', 1],
		['3', 3],
		['4B', 4],
		['4b', 4],
		['四级乙等', 4],
		['4A', 5],
		['四级甲等', 5],
		['5B', 6],
		['五级乙等', 6],
		['5A', 7],
		['五级甲等', 7],
		['', null]
	])('%j → %j', (cell, expected) => expect(ok(parse(cell))).toBe(expected));
	it.each(['6A', '4', '8', '四级'])('%j is invalid', (cell) => expect(bad(parse(cell))).toBe('invalid'));
});

describe('choiceParser', () => {
	const parse = choiceParser([
		{ value: 'tertiary', aliases: ['三级'] },
		{ value: 'other', aliases: ['其他'] }
	]);
	it.each([
		['tertiary', 'tertiary'],
		['Tertiary', 'tertiary'],
		['三级', 'tertiary'],
		['其他', 'other'],
		['', null]
	])('%j → %j', (cell, expected) => expect(ok(parse(cell))).toBe(expected));
	it('rejects others', () => expect(bad(parse('quaternary'))).toBe('invalid'));
});

describe('textParser and parseRegionCode', () => {
	const id = textParser(64, /^[A-Za-z0-9_-]{1,64}$/, 'letters');
	const name = textParser(200);
	it('accepts ids and names', () => {
		expect(id('H-0001_a')).toBe('H-0001_a');
		expect(name('某医院, 东院')).toBe('某医院, 东院');
		expect(name('医'.repeat(200))).toBe('医'.repeat(200));
	});
	it.each([
		[id, 'H 1'],
		[id, 'x'.repeat(65)],
		[id, '医院'],
		[name, '医'.repeat(201)]
	])('rejects %#', (parse, cell) => expect(bad(parse(cell))).toBe('invalid'));
	it.each([
		['440106', '440106'],
		['', null],
		['44010', 'invalid'],
		['4401060', 'invalid'],
		['44O106', 'invalid']
	])('region %j → %j', (cell, expected) => expect(bad(parseRegionCode(cell))).toBe(expected));
});
