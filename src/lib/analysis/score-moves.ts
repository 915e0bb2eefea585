/**
 * How a region's score moves when some of its respondents' scores change, without scoring the
 * round again (the preview of an import, issue #13). A region's score is the weighted mean of its
 * groups' means (rollup.ts); each group mean is a total over a count, so replacing a few
 * respondents' old scores with new ones shifts the totals and counts, and the region is rolled up
 * again from them by the same GroupSums. A respondent new to the region only adds; one whose score
 * was flagged (or is now) only takes away or only adds.
 */
import type { RespondentGroup } from '../survey/templates.ts';
import { GroupSums, SCORE_KEYS, type RegionScore, type ScoreKey } from './rollup.ts';

export type ScoreSet = Record<ScoreKey, number>;
export type GroupTotals = Map<RespondentGroup, { n: number; total: ScoreSet }>;

const zero = (): ScoreSet => ({ governance: 0, infrastructure: 0, application: 0, composite: 0 });

/** The change of one region's group totals: respondents taken out with their old scores, added with their new. */
export class RegionShift {
	readonly groups: GroupTotals = new Map();

	add(group: RespondentGroup, scores: ScoreSet): void {
		this.move(group, scores, 1);
	}

	remove(group: RespondentGroup, scores: ScoreSet): void {
		this.move(group, scores, -1);
	}

	private move(group: RespondentGroup, scores: ScoreSet, sign: 1 | -1): void {
		let g = this.groups.get(group);
		if (!g) this.groups.set(group, (g = { n: 0, total: zero() }));
		g.n += sign;
		for (const k of SCORE_KEYS) g.total[k] += sign * scores[k];
	}
}

/** A rolled-up region's group totals back from its group means and counts (what a stored run keeps). */
export function totalsOf(region: Pick<RegionScore, 'counts' | 'groupMeans'>): GroupTotals {
	const totals: GroupTotals = new Map();
	for (const [group, n] of Object.entries(region.counts) as [RespondentGroup, number][]) {
		const mean = region.groupMeans[group];
		if (!mean || !n) continue;
		const total = zero();
		for (const k of SCORE_KEYS) total[k] = mean[k] * n;
		totals.set(group, { n, total });
	}
	return totals;
}

/** A region's score from its group totals (null when no group with weight is left), as rollUp gives it. */
export function scoreFromTotals(
	totals: GroupTotals,
	groupWeights: Record<RespondentGroup, number>
): RegionScore | null {
	const sums = new GroupSums();
	for (const [group, { n, total }] of totals) sums.addTotals(group, n, total);
	return sums.rollUp(groupWeights);
}

/** The region's score after the shift: its totals moved group by group, then rolled up again. */
export function shiftedScore(
	before: GroupTotals,
	shift: RegionShift,
	groupWeights: Record<RespondentGroup, number>
): RegionScore | null {
	const after: GroupTotals = new Map();
	for (const group of new Set([...before.keys(), ...shift.groups.keys()])) {
		const b = before.get(group) ?? { n: 0, total: zero() };
		const d = shift.groups.get(group) ?? { n: 0, total: zero() };
		const n = b.n + d.n;
		if (n <= 0) continue;
		const total = zero();
		for (const k of SCORE_KEYS) total[k] = b.total[k] + d.total[k];
		after.set(group, { n, total });
	}
	return scoreFromTotals(after, groupWeights);
}
