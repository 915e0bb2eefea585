import { describe, expect, it } from 'vitest';
import { PanelTracker, type PanelFigures } from './panel.ts';

const figures = (composite: number, rank: number | null = 1): PanelFigures => ({
	governance: composite + 1,
	infrastructure: composite + 2,
	application: composite + 3,
	composite,
	rank,
	stage: composite >= 60 ? 4 : 3,
	respondents: 40
});

describe('PanelTracker', () => {
	it('has no change in a unit’s first round', () => {
		const first = new PanelTracker().step(2018, 'province:11', figures(55));
		expect(first.previousYear).toBeNull();
		expect(Object.values(first.change)).toEqual(new Array(7).fill(null));
	});

	it('takes the change since the last round the unit had a score, skipped rounds bridged', () => {
		const panel = new PanelTracker();
		panel.step(2018, 'province:11', figures(55.5, 3));
		panel.step(2019, 'province:12', figures(70));
		const later = panel.step(2021, 'province:11', figures(61.25, 1));
		expect(later.previousYear).toBe(2018);
		expect(later.change).toEqual({
			governance: 5.75,
			infrastructure: 5.75,
			application: 5.75,
			composite: 5.75,
			rank: -2,
			stage: 1,
			respondents: 0
		});
	});

	it('keeps units of one code at different levels apart, and leaves a rank change out when unranked', () => {
		const panel = new PanelTracker();
		panel.step(2018, 'zone4:east', figures(50, null));
		panel.step(2018, 'zone3:east', figures(60));
		const next = panel.step(2019, 'zone4:east', figures(52, 2));
		expect(next.change.composite).toBe(2);
		expect(next.change.rank).toBeNull();
	});

	it('refuses a round that does not follow the last one', () => {
		const panel = new PanelTracker();
		panel.step(2019, 'province:11', figures(50));
		expect(() => panel.step(2019, 'province:11', figures(50))).toThrow(RangeError);
	});
});
