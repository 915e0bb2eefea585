import { describe, expect, it } from 'vitest';
import { answerRule, answerWarnings } from './plausibility.ts';
import { HOSPITAL, INTEROP_LEVELS, type ColumnType } from './templates.ts';

const BOOL: ColumnType = { kind: 'boolean' };
const GRADE: ColumnType = { kind: 'ordinal', levels: INTEROP_LEVELS };
const COUNT: ColumnType = { kind: 'integer', min: 0, max: 1000 };
const PCT: ColumnType = { kind: 'percent' };
const TEXT: ColumnType = { kind: 'text', maxLength: 10 };

describe('answerRule', () => {
	it.each([
		['yes then no goes backwards', BOOL, 1, 0, 'backwards'],
		['no then yes is progress', BOOL, 0, 1, null],
		['yes then yes', BOOL, 1, 1, null],
		['grade 5 (4A) then 2 goes backwards', GRADE, 5, 2, 'backwards'],
		['grade 2 then 5 is progress', GRADE, 2, 5, null],
		['same grade', GRADE, 4, 4, null],
		['staff 10 → 31 is past a factor of 3', COUNT, 10, 31, 'jump'],
		['staff 10 → 30 is exactly the factor', COUNT, 10, 30, null],
		['staff 30 → 9 fell past the factor', COUNT, 30, 9, 'jump'],
		['staff 30 → 10 fell by exactly the factor', COUNT, 30, 10, null],
		['a first post is not a jump', COUNT, 0, 12, null],
		['dropping to none is not a jump', COUNT, 12, 0, null],
		['percent 5 → 60', PCT, 5, 60, 'jump'],
		['percent 40 → 60', PCT, 40, 60, null],
		['missing before', BOOL, undefined, 0, null],
		['missing now', GRADE, 5, undefined, null],
		['text columns are not compared', TEXT, 1, 0, null]
	] as const)('%s', (_, type, previous, current, rule) => {
		expect(answerRule(type, previous, current, 3)).toBe(rule);
	});

	it('follows the factor it is given', () => {
		expect(answerRule(COUNT, 10, 25, 2)).toBe('jump');
		expect(answerRule(COUNT, 10, 25, 3)).toBeNull();
	});
});

describe('answerWarnings', () => {
	it('lists each answer column that breaks a rule, in template order, and skips identity columns', () => {
		const previous = { year: 2023, hospital_platform: 1, interop_level: 5, it_staff: 10, tech_ai: 0 };
		const current = { year: 2024, hospital_platform: 0, interop_level: 2, it_staff: 40, tech_ai: 1 };
		expect(answerWarnings(HOSPITAL.columns, previous, current, 3)).toEqual([
			{ rule: 'jump', column: 'it_staff', previous: 10, current: 40 },
			{ rule: 'backwards', column: 'interop_level', previous: 5, current: 2 },
			{ rule: 'backwards', column: 'hospital_platform', previous: 1, current: 0 }
		]);
	});
});
