import { describe, expect, it } from 'vitest';
import { betweenZoneShare, regionalDisparity, type RegionalUnit } from './regional.ts';
import { disparitySummary } from './summary.ts';

// Seven units, two zone schemes; the last has no population of its own (as the XPCC).
const UNITS: RegionalUnit[] = [
	{ value: 8, zone4: 'E', zone3: 'east', population: 10 },
	{ value: 6, zone4: 'E', zone3: 'east', population: 20 },
	{ value: 4, zone4: 'C', zone3: 'central', population: 30 },
	{ value: 3, zone4: 'C', zone3: 'central', population: 15 },
	{ value: 2, zone4: 'W', zone3: 'west', population: 25 },
	{ value: 4, zone4: 'NE', zone3: 'east', population: 5 },
	{ value: 1, zone4: 'W', zone3: 'west', population: null }
];

describe('regionalDisparity', () => {
	const d = regionalDisparity(UNITS);

	it('decomposes the unweighted measures by each zone scheme', () => {
		const values = UNITS.map((u) => u.value);
		expect(d.zone4).toEqual(disparitySummary(values, { groups: ['E', 'E', 'C', 'C', 'W', 'NE', 'W'] }));
		expect(d.zone3).toEqual(
			disparitySummary(values, { groups: ['east', 'east', 'central', 'central', 'west', 'east', 'west'] })
		);
		expect(d.zone4.theil_t).toBe(d.zone3.theil_t);
		expect(d.zone4.theil_t_between).not.toBe(d.zone3.theil_t_between);
	});

	it('weights by population and leaves out a unit without one', () => {
		expect(d.population.n).toBe(6);
		expect(d.population).toEqual(
			disparitySummary([8, 6, 4, 3, 2, 4], {
				weights: [10, 20, 30, 15, 25, 5],
				groups: ['E', 'E', 'C', 'C', 'W', 'NE']
			})
		);
		// Weighted mean: (80 + 120 + 120 + 45 + 50 + 20) / 105.
		expect(d.population.mean).toBeCloseTo(435 / 105, 12);
	});

	it('gives the between-zone share of Theil T, null without inequality', () => {
		expect(betweenZoneShare(d)).toBeCloseTo(d.zone4.theil_t_between! / d.zone4.theil_t, 15);
		expect(betweenZoneShare(d)).toBeGreaterThan(0);
		expect(betweenZoneShare(d)).toBeLessThan(1);
		const equal = UNITS.map((u) => ({ ...u, value: 5 }));
		expect(betweenZoneShare(regionalDisparity(equal))).toBeNull();
	});
});
