import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFramework } from '../scoring/framework.ts';
import { createRng } from '../scoring/random.ts';
import { quantile, rankUncertainty, type ProvinceProfile } from './sensitivity.ts';

const framework = parseFramework(
	JSON.parse(readFileSync('data/frameworks/himap-default-1.0.0.json', 'utf8'))
);
// One county-commission structure: one indicator per pillar, pillars in framework order.
const structures = new Map([
	['county' as const, { indicatorWeights: [1, 1, 1, 1, 1, 1, 1, 1], pillarOf: [0, 1, 2, 3, 4, 5, 6, 7] }]
]);
const profile = (code: string, level: number, spread = 0): ProvinceProfile => {
	const means = Float64Array.from({ length: 8 }, (_, k) =>
		Math.min(100, Math.max(1, level + (k % 2 ? spread : -spread)))
	);
	return {
		code,
		groups: [{ group: 'county', means: { goalposts: means, minmax: means, zscore: means, rank: means } }]
	};
};

describe('rankUncertainty', () => {
	const provinces = [profile('11', 90), profile('44', 60, 30), profile('52', 58, -30), profile('63', 10)];
	const run = (seed: number) => rankUncertainty(framework, structures, provinces, createRng(seed), 400);
	it('is reproducible for a seed', () => expect(run(7)).toEqual(run(7)));
	it('keeps clear leaders and laggards certain and shows overlap where profiles cross', () => {
		const [top, a, b, bottom] = run(7);
		expect(top).toMatchObject({ code: '11', median: 1, p05: 1, p95: 1 });
		expect(bottom).toMatchObject({ median: 4, p05: 4, p95: 4 });
		// 44 and 52 are close with opposite strengths: both ranks 2 and 3 occur.
		expect(a.p05).toBe(2);
		expect(b.p95).toBe(3);
		expect(a.p95 - a.p05 + (b.p95 - b.p05)).toBeGreaterThan(0);
	});
});

describe('quantile (type 7)', () => {
	it.each([
		[0, 1],
		[0.5, 2.5],
		[0.05, 1.15],
		[1, 4]
	])('p=%d of 1..4 is %d', (p, expected) => expect(quantile([1, 2, 3, 4], p)).toBeCloseTo(expected, 12));
});
