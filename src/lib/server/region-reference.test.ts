import { describe, expect, it } from 'vitest';
import { placeWords, regionNameEn } from '../survey/region-name-en.ts';
import { REGION_RECORDS, REGIONS } from './region-reference.ts';

const named = REGION_RECORDS.filter((r) => r.level !== 'province');

describe('English names in the region reference', () => {
	it('every prefecture and county has one in Latin letters, with no Chinese left and no tone marks', () => {
		const bad = named.filter(
			(r) => !/^[A-Z][A-Za-zü' ,-]*[a-z]$/.test(r.nameEn) || /\p{Script=Han}/u.test(r.nameEn)
		);
		expect(bad.map((r) => `${r.code} ${r.name} ${r.nameEn}`)).toEqual([]);
		expect(named.filter((r) => r.level === 'prefecture')).toHaveLength(333);
		expect(named.filter((r) => r.level === 'county')).toHaveLength(2975);
	});

	it('names no two prefectures of a province alike', () => {
		expect(
			duplicates(
				REGION_RECORDS.filter((r) => r.level === 'prefecture'),
				(r) => r.code.slice(0, 2)
			)
		).toEqual([]);
	});

	it('names no two counties of a prefecture alike', () => {
		expect(
			duplicates(
				REGION_RECORDS.filter((r) => r.level === 'county'),
				(r) => r.parent ?? ''
			)
		).toEqual([]);
	});

	it('is current: rebuilding the names gives the shipped ones (run scripts/build-regions.ts if not)', () => {
		const places = placeWords(
			REGION_RECORDS.filter((r) => r.level === 'province'),
			REGION_RECORDS.filter((r) => r.level === 'prefecture').map((r) => r.name)
		);
		const stale = named.filter(
			(r) => regionNameEn(r.name, r.level as 'prefecture' | 'county', places) !== r.nameEn
		);
		expect(stale.map((r) => `${r.code} ${r.name} ${r.nameEn}`)).toEqual([]);
	});

	it.each([
		['430100', 'Changsha'],
		['350200', 'Xiamen'],
		['341500', "Lu'an"],
		['440113', 'Panyu District'],
		['532900', 'Dali Bai Autonomous Prefecture'],
		['150100', 'Hohhot'],
		['650100', 'Urumqi'],
		['542500', 'Ngari Prefecture']
	])('REGIONS.get(%s)?.nameEn is %s', (code, en) => {
		expect(REGIONS.get(code)?.nameEn).toBe(en);
	});
});

function duplicates<R extends { nameEn: string; name: string }>(
	records: R[],
	groupOf: (r: R) => string
): string[] {
	const seen = new Map<string, string>();
	const out: string[] = [];
	for (const r of records) {
		const key = `${groupOf(r)} ${r.nameEn}`;
		const first = seen.get(key);
		if (first) out.push(`${key}: ${first}, ${r.name}`);
		else seen.set(key, r.name);
	}
	return out;
}
