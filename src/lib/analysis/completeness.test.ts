import { describe, expect, it } from 'vitest';
import { REGION_RECORDS, REGIONS } from '../server/region-reference.ts';
import {
	expectedCommissions,
	furthestStatus,
	hospitalUnit,
	inScope,
	previousRound,
	unitStatus,
	type ExpectedUnit
} from './completeness.ts';
import { CompletenessTally, rate } from './completeness-tally.ts';

const expectedIn = (scope: string) => expectedCommissions(REGION_RECORDS, scope, REGIONS);

describe('expectedCommissions', () => {
	it('expects one commission per province, prefecture and county record of the nation', () => {
		const all = expectedIn('000000');
		const levels = (level: string) => REGION_RECORDS.filter((r) => r.level === level).length;
		expect(all).toHaveLength(REGION_RECORDS.length);
		expect(all.filter((u) => u.group === 'provincial')).toHaveLength(levels('province'));
		expect(all.filter((u) => u.group === 'municipal')).toHaveLength(levels('prefecture'));
		expect(all.filter((u) => u.group === 'county')).toHaveLength(levels('county'));
	});

	it.each([
		// Scope, a unit it must hold, a unit it must not.
		['440000', '440000:provincial', '110000:provincial'],
		['440000', '440100:municipal', '450100:municipal'],
		['440100', '440106:county', '440303:county'],
		// A municipality's districts are counties under the province; it has no prefecture.
		['110000', '110101:county', '110100:municipal'],
		// A county the province governs directly (仙桃) lies in the province, in no city.
		['420000', '429004:county', '430000:provincial'],
		['660000', '660000:provincial', '650000:provincial']
	])('in %s expects %s and not %s', (scope, held, outside) => {
		const keys = new Set(expectedIn(scope).map((u) => u.key));
		expect(keys.has(held)).toBe(true);
		expect(keys.has(outside)).toBe(false);
	});

	it('gives each level the code shape the regional template asks of it', () => {
		for (const u of expectedIn('000000')) {
			const shape = u.regionCode.endsWith('0000')
				? 'provincial'
				: u.regionCode.endsWith('00')
					? 'municipal'
					: 'county';
			expect(u.group).toBe(shape);
		}
	});

	it('counts a county scope as one unit: its own commission', () => {
		expect(expectedIn('440106').map((u) => u.key)).toEqual(['440106:county']);
	});
});

describe('inScope', () => {
	it.each([
		['000000', '440106', true],
		['440000', '440106', true],
		['440100', '440106', true],
		['440300', '440106', false],
		['420000', '429004', true],
		['110000', '110101', true]
	])('%s holds %s: %s', (scope, code, held) => {
		expect(inScope(scope, code, REGIONS)).toBe(held);
	});
});

describe('statuses', () => {
	it.each([
		['approved', 'approved'],
		['submitted', 'submitted'],
		['returned', 'returned'],
		[null, 'not_started'],
		[undefined, 'not_started'],
		['something else', 'not_started']
	])('a current version %s is %s', (status, expected) => {
		expect(unitStatus(status)).toBe(expected);
	});

	it.each([
		['approved', 'submitted', 'approved'],
		['returned', 'submitted', 'submitted'],
		['not_started', 'returned', 'returned']
	] as const)('of %s and %s the furthest is %s', (a, b, expected) => {
		expect(furthestStatus(a, b)).toBe(expected);
		expect(furthestStatus(b, a)).toBe(expected);
	});

	it.each([
		[true, 'approved', { status: 'approved', isNew: false }],
		[true, null, { status: 'not_started', isNew: false }],
		[false, 'submitted', { status: 'submitted', isNew: true }],
		[false, 'approved', { status: 'approved', isNew: true }],
		[false, null, null]
	] as const)('a hospital answered before: %s, here %s → %j', (before, here, expected) => {
		expect(hospitalUnit(before, here)).toEqual(expected);
	});

	it.each([
		[[2018, 2020, 2022], 2024, 2022],
		[[2018, 2020, 2024], 2022, 2020],
		[[2024], 2024, null],
		[[], 2024, null]
	])('rounds %j, before %d: %s', (years, year, expected) => {
		expect(previousRound(years, year)).toBe(expected);
	});
});

describe('CompletenessTally', () => {
	const unit = (
		regionCode: string,
		survey: 'regional' | 'hospital',
		status: ExpectedUnit['status'],
		isNew = false
	): ExpectedUnit => ({
		survey,
		key: `${regionCode}:${survey}:${status}`,
		regionCode,
		group: survey === 'regional' ? 'county' : 'tertiary',
		name: regionCode,
		status,
		isNew
	});
	const units = [
		unit('440106', 'regional', 'approved'),
		unit('440103', 'regional', 'submitted'),
		unit('440303', 'regional', 'returned'),
		unit('440000', 'regional', 'not_started'),
		unit('440106', 'hospital', 'approved', true),
		unit('110101', 'hospital', 'not_started'),
		unit('429004', 'regional', 'not_started')
	];
	const tally = new CompletenessTally((code) => REGIONS.cityOf(code), 2);
	units.forEach((u) => tally.add(u));
	const result = tally.result();

	it('counts every status and rates with numerator and denominator', () => {
		expect(result.totals.all.counts).toEqual({
			expected: 7,
			approved: 2,
			submitted: 1,
			returned: 1,
			not_started: 3,
			new: 1
		});
		expect(result.totals.all.reporting).toEqual(rate(3, 7));
		expect(result.totals.all.approval).toEqual({ numerator: 2, denominator: 7, value: 2 / 7 });
		expect(result.totals.hospital.reporting).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
		expect(result.totals.regional.counts.expected).toBe(5);
	});

	it('groups by province and by city, the province itself and directly governed counties under PP0000', () => {
		expect([...result.provinces.keys()].sort()).toEqual(['11', '42', '44']);
		expect(result.provinces.get('44')!.all.counts.expected).toBe(5);
		expect(result.cities.get('440100')!.all.counts).toMatchObject({ expected: 3, approved: 2, submitted: 1 });
		expect(result.cities.get('440000')!.all.counts.not_started).toBe(1);
		expect(result.cities.get('420000')!.all.counts.expected).toBe(1);
		expect(result.cities.get('110000')!.hospital.counts.expected).toBe(1);
	});

	it('keeps the first missing units up to the cap and counts them all', () => {
		expect(result.missing.map((u) => u.regionCode)).toEqual(['440000', '110101']);
		expect(result.missingCount).toBe(3);
	});

	it('has no rate where nothing is expected', () => {
		expect(rate(0, 0)).toEqual({ numerator: 0, denominator: 0, value: null });
	});
});
