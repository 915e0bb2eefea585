import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFramework, type Framework } from '../scoring/framework.ts';
import { byRank, citySeries, rankAmong, rankProvinces, RegionSums } from './regional-tables.ts';

const framework = parseFramework(
	JSON.parse(readFileSync('data/frameworks/himap-default-1.0.0.json', 'utf8'))
);

/** Regions of `n` county commissions each scoring `score` on everything. */
function sums(regions: Record<string, [n: number, score: number]>) {
	const s = new RegionSums();
	for (const [code, [n, score]] of Object.entries(regions))
		for (let k = 0; k < n; k++)
			s.add(code, 'county', {
				governance: score,
				infrastructure: score,
				application: score,
				composite: score
			});
	return s.regions;
}

describe('rankAmong', () => {
	it('ranks the eligible among themselves, ties sharing, and leaves the rest null', () => {
		const items = [50, 90, 70, 70, 95];
		expect(
			rankAmong(
				items,
				(v) => v,
				(v) => v !== 95
			)
		).toEqual([4, 1, 2, 2, null]);
		expect(
			rankAmong(
				items,
				(v) => v,
				() => false
			)
		).toEqual([null, null, null, null, null]);
	});
});

describe('byRank', () => {
	it('puts the ranked first by rank, then the unranked by score, then by code', () => {
		const rows = [
			{ code: 'c', rank: null, v: 10 },
			{ code: 'a', rank: 2, v: 60 },
			{ code: 'b', rank: null, v: 99 },
			{ code: 'd', rank: 1, v: 70 },
			{ code: 'e', rank: null, v: 99 }
		];
		expect(rows.sort(byRank((r) => r.v)).map((r) => r.code)).toEqual(['d', 'a', 'b', 'e', 'c']);
	});
});

describe('rank thresholds', () => {
	it("ranks provinces with at least the framework's 30 respondents, the others shown unranked", () => {
		const table = rankProvinces(
			framework,
			sums({ '44': [40, 60], '66': [1, 99], '51': [30, 70], '54': [29, 80] })
		);
		expect(table.map((p) => [p.code, p.rank, p.respondents])).toEqual([
			['51', 1, 30],
			['44', 2, 40],
			['66', null, 1],
			['54', null, 29]
		]);
		// Unranked, still scored and staged.
		expect(table[2].scores.composite).toBe(99);
		expect(table[2].stage).toBeGreaterThan(0);
	});

	it('ranks cities within their own series, from 10 respondents', () => {
		const table = citySeries(
			framework,
			sums({ '440100': [12, 50], '441900': [5, 90], '440300': [10, 60], '110100': [40, 40] }),
			new Set(['440100', '110100'])
		);
		expect(table.map((c) => [c.code, c.series, c.rank])).toEqual([
			['440100', 1, 1],
			['110100', 1, 2],
			['440300', 2, 1],
			['441900', 2, null]
		]);
	});

	it('follows a threshold set in the framework file', () => {
		const strict: Framework = {
			...framework,
			rollup: { ...framework.rollup, rankThreshold: { province: 41, city: 10 } }
		};
		const table = rankProvinces(strict, sums({ '44': [40, 60], '51': [50, 50] }));
		expect(table.map((p) => [p.code, p.rank])).toEqual([
			['51', 1],
			['44', null]
		]);
	});

	it('refuses a threshold that is not a whole number of respondents', () => {
		const raw = JSON.parse(readFileSync('data/frameworks/himap-default-1.0.0.json', 'utf8'));
		raw.rollup.rankThreshold = { province: 0.5, town: 3 };
		expect(() => parseFramework(raw)).toThrow(/rankThreshold\.province: .*rankThreshold\.town/s);
	});
});
