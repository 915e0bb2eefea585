import { describe, expect, it } from 'vitest';
import type { RespondentGroup } from '../survey/templates.ts';
import { rankBy, rollUp } from './rollup.ts';

const at = (group: RespondentGroup, composite: number) => ({
	group,
	scores: { governance: composite, infrastructure: composite, application: composite, composite }
});
const EQUAL = { provincial: 1, municipal: 1, county: 1, tertiary: 1, secondary: 1, other: 1 };

describe('rollUp', () => {
	it('takes the mean within each group, then combines the groups with their weights', () => {
		const region = rollUp([at('county', 40), at('county', 60), at('tertiary', 80)], EQUAL)!;
		expect(region.scores.composite).toBe(65);
		expect(region.counts).toEqual({ county: 2, tertiary: 1 });
		expect(region.respondents).toBe(3);
		expect(region.groupMeans.county?.composite).toBe(50);
	});
	it('renormalises the group weights over the groups present', () => {
		const region = rollUp([at('county', 40), at('tertiary', 80)], { ...EQUAL, tertiary: 3 })!;
		expect(region.scores.composite).toBe(70);
	});
	it('is null with nobody to roll up', () => expect(rollUp([], EQUAL)).toBeNull());
});

describe('rankBy', () => {
	it('ranks highest first and lets ties share the better rank', () => {
		expect(rankBy([50, 70, 70, 10], (x) => x)).toEqual([3, 1, 1, 4]);
	});
});
