import { describe, expect, it } from 'vitest';
import { computeRates, percentOneDecimal, type RateInput } from './rates.ts';

describe('percentOneDecimal', () => {
	it.each([
		[30, 32, 93.8],
		[687, 1480, 46.4],
		[196, 296, 66.2],
		[1, 8, 12.5],
		[1, 3, 33.3],
		[2, 3, 66.7],
		[0, 5, 0],
		[5, 5, 100],
		[1, 0, null]
	])('%i/%i → %s', (n, d, expected) => expect(percentOneDecimal(n, d)).toBe(expected));
});

describe('computeRates', () => {
	const rows: RateInput[] = [
		{ year: 2024, survey: 'regional' as const, group: 'county', answers: { platform_built: 1, tech_ai: 0 } },
		{ year: 2024, survey: 'regional' as const, group: 'county', answers: { platform_built: 0 } },
		{
			year: 2024,
			survey: 'regional' as const,
			group: 'provincial',
			answers: { platform_built: 1, tech_ai: 1 }
		}
	];
	const rates = computeRates(rows);
	const find = (group: string, indicator: string) =>
		rates.find((r) => r.group === group && r.indicator === indicator);
	it('counts yes among those who answered, by group and all', () => {
		expect(find('county', 'platform_built')).toMatchObject({ numerator: 1, denominator: 2, percent: 50 });
		expect(find('all', 'platform_built')).toMatchObject({ numerator: 2, denominator: 3, percent: 66.7 });
		expect(find('county', 'tech_ai')).toMatchObject({ numerator: 0, denominator: 1, percent: 0 });
		expect(find('all', 'tech_ai')).toMatchObject({ numerator: 1, denominator: 2 });
	});
	it('leaves out groups with no respondents, keeps all, and no hospital rows without hospitals', () => {
		expect(find('municipal', 'platform_built')).toBeUndefined();
		expect(find('all', 'did_built')).toMatchObject({ numerator: 0, denominator: 0, percent: null });
		expect(rates.some((r) => r.survey === 'hospital')).toBe(false);
	});
	it('breaks down by any grouping the caller lists, such as provinces', () => {
		const byProvince = computeRates(
			[
				{ year: 2024, survey: 'regional', group: '44', answers: { platform_built: 1 } },
				{ year: 2024, survey: 'regional', group: '44', answers: { platform_built: 0 } },
				{ year: 2024, survey: 'regional', group: '11', answers: { platform_built: 1 } }
			],
			{ regional: ['11', '44', '65'], hospital: [] }
		).filter((r) => r.indicator === 'platform_built');
		expect(byProvince.map((r) => [r.group, r.percent])).toEqual([
			['11', 100],
			['44', 50],
			['all', 66.7]
		]);
	});
});
