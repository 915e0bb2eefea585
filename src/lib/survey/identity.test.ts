import { describe, expect, it } from 'vitest';
import { checkIdentity, type Identity } from './identity.ts';

const commission: Identity = {
	respondentId: 'RHC110000',
	year: 2024,
	survey: 'regional',
	group: 'provincial',
	regionCode: '110000',
	name: '北京市卫生健康委员会'
};
const column = (name: string) =>
	({ respondent_id: '机构代码', region_code: '行政区划代码', level: '层级', grade: '医院等级' })[name] ??
	name;

describe('checkIdentity', () => {
	it('accepts the same unit again', () => {
		expect(checkIdentity({ ...commission, name: '北京市卫健委' }, commission, 3, column, false)).toEqual({});
	});

	it('refuses a hospital row with a commission’s id, naming the row, the id and what it belongs to', () => {
		const hospital: Identity = {
			...commission,
			survey: 'hospital',
			group: 'tertiary',
			regionCode: '110105',
			name: '某医院'
		};
		const { issue, move } = checkIdentity(hospital, commission, 7, column, true);
		expect(move).toBeUndefined();
		expect(issue).toMatchObject({ row: 7, column: '机构代码', value: 'RHC110000' });
		expect(issue!.message).toBe(
			'respondent_id RHC110000 already belongs to "北京市卫生健康委员会", a provincial health commission in region 110000 (regional survey, 2024); a hospital needs an id of its own — correct the id'
		);
	});

	it.each([
		['region', { regionCode: '120000' }, '行政区划代码', '120000', 'not region 120000'],
		['level', { group: 'municipal' as const }, '层级', 'municipal', 'not a municipal health commission']
	])('refuses a change of %s unless allowed', (_, change, col, value, says) => {
		const { issue } = checkIdentity({ ...commission, ...change }, commission, 4, column, false);
		expect(issue).toMatchObject({ row: 4, column: col, value });
		expect(issue!.message).toContain(says);
		expect(issue!.message).toContain('--allow-move');
	});

	it('records an allowed move from and to', () => {
		const { issue, move } = checkIdentity(
			{ ...commission, regionCode: '120000' },
			commission,
			4,
			column,
			true
		);
		expect(issue).toBeUndefined();
		expect(move).toEqual({
			respondent_id: 'RHC110000',
			year: 2024,
			from: { region_code: '110000', group: 'provincial' },
			to: { region_code: '120000', group: 'provincial' }
		});
	});
});
