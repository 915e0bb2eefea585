import { describe, expect, it } from 'vitest';
import type { ExpectedUnit } from '../analysis/completeness.ts';
import { CompletenessTally } from '../analysis/completeness-tally.ts';
import { MESSAGES } from '../i18n/messages.ts';
import { REGIONS } from '../server/region-reference.ts';
import { completenessPage } from './completeness.ts';

const unit = (
	regionCode: string,
	survey: ExpectedUnit['survey'],
	status: ExpectedUnit['status'],
	isNew = false
) => ({
	survey,
	key: `${regionCode}-${survey}-${status}`,
	regionCode,
	group: survey === 'regional' ? 'county' : 'tertiary',
	name: `unit ${regionCode}`,
	status,
	isNew
});

function report(scope: string) {
	const tally = new CompletenessTally((code) => REGIONS.cityOf(code), 1);
	for (const u of [
		unit('440106', 'regional', 'approved'),
		unit('440103', 'regional', 'not_started'),
		unit('440000', 'regional', 'not_started'),
		unit('440106', 'hospital', 'submitted', true),
		unit('110101', 'regional', 'returned')
	] as ExpectedUnit[])
		if (scope === '000000' || u.regionCode.startsWith(scope.slice(0, 2))) tally.add(u);
	return { year: 2024, previous: 2023, scope, ...tally.result() };
}
const rounds = [
	{ year: 2024, state: 'open' },
	{ year: 2023, state: 'published' }
];

describe('completenessPage', () => {
	const nation = completenessPage(report('000000'), rounds, MESSAGES.en, 'en', REGIONS, true);
	const guangdong = completenessPage(report('440000'), rounds, MESSAGES['zh-CN'], 'zh-CN', REGIONS, false);

	// The intervals: R prop.test(2, 5, correct = FALSE)$conf.int → 11.76 76.93; (1, 5) → 3.62 62.45.
	it('heads the page with the expected units and the rates with their counts', () => {
		expect(nation.headline.slice(0, 3)).toEqual([
			{ label: 'Units expected', value: '5', detail: 'of which new hospitals: 1' },
			{ label: 'Reporting rate', value: '40.0 %', detail: '2 of 5 · 95\u00a0% CI 11.8–76.9\u00a0%' },
			{ label: 'Approval rate', value: '20.0 %', detail: '1 of 5 · 95\u00a0% CI 3.6–62.4\u00a0%' }
		]);
		expect(nation.rounds.map((r) => r.label)).toEqual(['2024 (open)', '2023 (published)']);
	});

	it('links each province to its cities for the nation, and has no city table there', () => {
		expect(nation.provinces.map((p) => [p.name, p.href])).toEqual([
			['Beijing', '/completeness?year=2024&province=11'],
			['Guangdong', '/completeness?year=2024&province=44']
		]);
		expect(nation.provinces[1]).toMatchObject({
			expected: '4',
			reporting: '50.0 % (2 of 4)',
			hospital: '100.0 % (1 of 1)'
		});
		expect(nation.cities).toBeNull();
		expect(nation.map.data.rows).toEqual([
			{ code: '11', name: 'Beijing', numerator: 0, denominator: 1 },
			{ code: '44', name: 'Guangdong', numerator: 2, denominator: 4 }
		]);
	});

	it('lists the cities of a province, the province’s own level apart, in the page’s language', () => {
		expect(guangdong.cities!.rows.map((r) => [r.name, r.expected])).toEqual([
			['广东省（省级）', '1'],
			['广州市', '3']
		]);
		expect(guangdong.intro).toContain('广东省');
		expect(guangdong.nationHref).toBeNull();
		expect(guangdong.drill).toBeNull();
		const drilled = completenessPage(report('440000'), rounds, MESSAGES.en, 'en', REGIONS, true);
		expect(drilled).toMatchObject({ drill: '44', nationHref: '/completeness?year=2024' });
		expect(drilled.exportHref).toBe('/completeness/export.csv?year=2024&province=44');
		expect(guangdong.exportHref).toBe('/completeness/export.csv?year=2024');
	});

	it('caps the missing list and says how many there are', () => {
		expect(nation.missing).toEqual([
			{
				key: 'regional:440103-regional-not_started',
				name: 'Liwan District',
				region: '440103',
				kind: 'County commissions'
			}
		]);
		expect(nation.missingNote).toBe('The first 1 of 2; the export lists them all.');
	});
});
