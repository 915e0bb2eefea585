import { describe, expect, it } from 'vitest';
import type { RespondentGroup } from '../survey/templates.ts';
import { rollUp, SCORE_KEYS, type ScoredRespondent } from './rollup.ts';
import { RegionShift, scoreFromTotals, shiftedScore, totalsOf, type ScoreSet } from './score-moves.ts';

const WEIGHTS: Record<RespondentGroup, number> = {
	provincial: 1,
	municipal: 1,
	county: 2,
	tertiary: 1,
	secondary: 1,
	other: 0.5
};
const s = (composite: number, governance = composite - 5): ScoreSet => ({
	governance,
	infrastructure: composite + 3,
	application: composite + 2,
	composite
});
const member = (group: RespondentGroup, composite: number): ScoredRespondent => ({
	group,
	scores: s(composite)
});

const REGION: ScoredRespondent[] = [
	member('county', 40),
	member('county', 60),
	member('tertiary', 80),
	member('secondary', 55),
	member('secondary', 35)
];

function expectClose(actual: Record<string, number> | undefined, expected: Record<string, number>) {
	for (const k of SCORE_KEYS) expect(actual?.[k]).toBeCloseTo(expected[k], 10);
}

describe('shiftedScore: the region rolled up again with some members replaced', () => {
	it.each([
		{
			name: 'one county commission rises',
			out: [1],
			in: [member('county', 90)]
		},
		{ name: 'a new hospital joins', out: [], in: [member('tertiary', 20)] },
		{ name: 'a new group appears', out: [], in: [member('other', 70)] },
		{ name: 'the only tertiary hospital becomes flagged (only removed)', out: [2], in: [] },
		{
			name: 'several change at once',
			out: [0, 3, 4],
			in: [member('county', 10), member('secondary', 99), member('secondary', 1)]
		}
	])('$name', ({ out, in: added }) => {
		const before = rollUp(REGION, WEIGHTS)!;
		const shift = new RegionShift();
		for (const i of out) shift.remove(REGION[i].group, REGION[i].scores);
		for (const m of added) shift.add(m.group, m.scores);
		const expected = rollUp([...REGION.filter((_, i) => !out.includes(i)), ...added], WEIGHTS)!;
		const after = shiftedScore(totalsOf(before), shift, WEIGHTS)!;
		expectClose(after.scores, expected.scores);
		expect(after.counts).toEqual(expected.counts);
		expect(after.respondents).toBe(expected.respondents);
	});

	it('is null once the last member leaves', () => {
		const one = [member('county', 50)];
		const shift = new RegionShift();
		shift.remove('county', one[0].scores);
		expect(shiftedScore(totalsOf(rollUp(one, WEIGHTS)!), shift, WEIGHTS)).toBeNull();
	});

	it('rebuilds a region from its totals as rollUp does', () => {
		const before = rollUp(REGION, WEIGHTS)!;
		expectClose(scoreFromTotals(totalsOf(before), WEIGHTS)!.scores, before.scores);
	});
});
