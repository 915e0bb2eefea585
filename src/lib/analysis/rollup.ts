/**
 * Rolls respondent scores up to a region (city, province, zone, nation). HIMAP's default scheme
 * (docs/methodology.md section 4): the mean of each respondent group within the region, then the
 * groups combined with the framework's group weights, renormalised over the groups present — so a
 * province with many county commissions is not simply the average county commission.
 *
 * @example two county commissions at 40 and 60 and one tertiary hospital at 80, equal group
 *   weights: county mean 50, tertiary 80, region (50 + 80) / 2 = 65.
 */
import { DIMENSIONS, type DimensionId } from '../scoring/framework.ts';
import type { RespondentGroup } from '../survey/templates.ts';

export type ScoreKey = DimensionId | 'composite';
export const SCORE_KEYS: readonly ScoreKey[] = [...DIMENSIONS, 'composite'];

export interface ScoredRespondent {
	group: RespondentGroup;
	scores: Record<ScoreKey, number>;
}

export interface RegionScore {
	scores: Record<ScoreKey, number>;
	/** Respondents behind the figure, by group (flagged respondents are not included). */
	counts: Partial<Record<RespondentGroup, number>>;
	respondents: number;
	/** The group means the region score is made of. */
	groupMeans: Partial<Record<RespondentGroup, Record<ScoreKey, number>>>;
}

export function rollUp(
	members: readonly ScoredRespondent[],
	groupWeights: Record<RespondentGroup, number>
): RegionScore | null {
	const sums = new GroupSums();
	for (const m of members) sums.add(m.group, m.scores);
	return sums.rollUp(groupWeights);
}

/**
 * A region's respondents as running sums per group, added one at a time: what rollUp needs,
 * without a list of a million respondents behind it. Sums are added in the order respondents
 * come, so the result is rollUp's to the last bit.
 */
export class GroupSums {
	private readonly sums = new Map<RespondentGroup, { n: number; total: Record<ScoreKey, number> }>();
	private respondents = 0;

	add(group: RespondentGroup, scores: Record<ScoreKey, number>): void {
		let s = this.sums.get(group);
		if (!s)
			this.sums.set(
				group,
				(s = { n: 0, total: { governance: 0, infrastructure: 0, application: 0, composite: 0 } })
			);
		s.n++;
		this.respondents++;
		for (const k of SCORE_KEYS) s.total[k] += scores[k];
	}

	/**
	 * `n` respondents of a group at once, by their score totals: a region's sums as a stored run
	 * holds them (a preview shifts them by a few respondents, analysis/score-moves.ts). A group
	 * left with none drops out, as if it had never been added.
	 */
	addTotals(group: RespondentGroup, n: number, totals: Record<ScoreKey, number>): void {
		if (n <= 0) return;
		let s = this.sums.get(group);
		if (!s)
			this.sums.set(
				group,
				(s = { n: 0, total: { governance: 0, infrastructure: 0, application: 0, composite: 0 } })
			);
		s.n += n;
		this.respondents += n;
		for (const k of SCORE_KEYS) s.total[k] += totals[k];
	}

	/** The mean within each group, then the groups combined with their weights (null if none). */
	rollUp(groupWeights: Record<RespondentGroup, number>): RegionScore | null {
		if (this.sums.size === 0) return null;
		const groupMeans: RegionScore['groupMeans'] = {};
		const counts: RegionScore['counts'] = {};
		const scores = { governance: 0, infrastructure: 0, application: 0, composite: 0 };
		let weight = 0;
		for (const [group, s] of this.sums) {
			const mean = Object.fromEntries(SCORE_KEYS.map((k) => [k, s.total[k] / s.n])) as Record<
				ScoreKey,
				number
			>;
			groupMeans[group] = mean;
			counts[group] = s.n;
			const w = groupWeights[group] ?? 0;
			weight += w;
			for (const k of SCORE_KEYS) scores[k] += w * mean[k];
		}
		if (weight === 0) return null;
		for (const k of SCORE_KEYS) scores[k] /= weight;
		return { scores, counts, respondents: this.respondents, groupMeans };
	}
}

/** Ranks by a score, highest first; ties share the better rank (1, 2, 2, 4). */
export function rankBy<T>(items: readonly T[], score: (t: T) => number): number[] {
	const order = items.map((t, i) => [score(t), i] as const).sort((a, b) => b[0] - a[0]);
	const ranks = new Array<number>(items.length);
	order.forEach(([s, i], k) => (ranks[i] = k > 0 && s === order[k - 1][0] ? ranks[order[k - 1][1]] : k + 1));
	return ranks;
}
