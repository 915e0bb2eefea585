import { describe, expect, it } from 'vitest';
import { regionalDisparity } from '../analysis/disparity/index.ts';
import { disparitiesPage } from './disparities.ts';
import { provinceUnits } from './round-view.ts';
import { scores, testBase, testRound } from './testing.ts';

describe('disparitiesPage', () => {
	const round = testRound();
	const earlier = testRound(2023, {
		provinces: testRound().provinces.map((p) => ({ ...p, scores: scores(p.scores.composite - 10) }))
	});

	it('is nothing without a round', () => {
		expect(disparitiesPage(testBase('en', { view: null }), [])).toBeNull();
	});

	it('reports the measures the disparity export computes, for the chosen score', () => {
		const page = disparitiesPage(testBase('en', { dimension: 'governance' }), [round])!;
		const d = regionalDisparity(provinceUnits(round.provinces, 'governance'));
		expect(page.n).toBe(4);
		expect(page.summary.map((r) => r.value)).toEqual([
			d.zone4.gini.toFixed(4),
			d.zone4.cv.toFixed(4),
			d.zone4.theil_t.toFixed(4),
			d.zone4.theil_l.toFixed(4),
			d.population.theil_l.toFixed(4),
			`${(100 * (d.zone4.theil_t_between! / d.zone4.theil_t)).toFixed(1).replace(/\.0$/, '')}%`,
			`${(100 * (d.zone3.theil_t_between! / d.zone4.theil_t)).toFixed(1).replace(/\.0$/, '')}%`,
			d.zone4.max_min_ratio.toFixed(4)
		]);
		// The CSV keeps the measures unrounded for display and the between-zone share as a fraction.
		expect(page.summaryDownload.rows.map((r) => r[1])).toEqual(
			[
				d.zone4.gini,
				d.zone4.cv,
				d.zone4.theil_t,
				d.zone4.theil_l,
				d.population.theil_l,
				d.zone4.theil_t_between! / d.zone4.theil_t,
				d.zone3.theil_t_between! / d.zone4.theil_t,
				d.zone4.max_min_ratio
			].map((v) => Math.round(v * 1e6) / 1e6)
		);
		// The XPCC (no census population) is not in the weighted measure.
		expect(d.population.n).toBe(3);
	});

	it('boxes the provinces by zone and draws the Lorenz curve of the chosen score', () => {
		const page = disparitiesPage(testBase('en', { dimension: 'infrastructure' }), [round])!;
		expect(page.zones.data.groups).toEqual([
			{ name: 'East', values: [75, 80] },
			{ name: 'West', values: [40, 40] }
		]);
		expect(page.lorenz.data.points.at(-1)).toEqual({ population: 1, value: 1 });
	});

	it('decomposes Theil T over rounds by both zone schemes', () => {
		const page = disparitiesPage(testBase('en'), [earlier, round])!;
		const { decomposition } = page.rounds!;
		expect(decomposition.data.years).toEqual([2023, 2024]);
		for (const scheme of decomposition.data.schemes)
			scheme.between.forEach((b, i) => {
				const total = regionalDisparity(provinceUnits([earlier, round][i].provinces, 'composite')).zone4
					.theil_t;
				expect(b + scheme.within[i]).toBeCloseTo(total, 12);
			});
		expect(page.rounds!.caption).toContain('2023–2024');
		// Drawn from both rounds: their respondents, not the shown round's alone.
		expect(page.rounds!.caption).toContain(
			`${(earlier.respondents + round.respondents).toLocaleString('en')} respondents`
		);
		// and the convergence of the same rounds (views/convergence.test.ts).
		expect(page.convergence!.years).toBe('2023–2024');
	});
});
