/**
 * The weights a score run used, at every level (docs/methodology.md §3.4 and §7, the `weights`
 * table): each as a share of its parent, so that the shares under one parent sum to 1. From the
 * indicator weights the run stored per group (ScoringReport.weights) and the framework.
 *
 * Under framework weights an indicator's parent is its pillar, a pillar's its dimension. Data-driven
 * weights (entropy, CRITIC, PCA) are computed over a whole dimension and aggregate it straight from
 * its indicators, so there an indicator's parent is its dimension and a pillar's share is the sum
 * of its indicators' shares (what the pillar weighs in effect; it is never aggregated on its own).
 * Shares are nominal: a respondent missing an indicator has the rest re-weighted (scoring/aggregate.ts).
 */
import type { RespondentGroup } from '../survey/templates.ts';
import type { Framework } from '../scoring/framework.ts';
import type { WeightMethod } from '../scoring/method.ts';

export type WeightLevel = 'indicator' | 'pillar' | 'dimension' | 'group';

export interface WeightUsed {
	group: RespondentGroup;
	level: WeightLevel;
	item: string;
	/** The pillar, dimension, `composite` (for dimensions) or `rollup` (for groups) it is a share of. */
	parent: string;
	/** Its share of the parent as used; null when nothing under the parent carries weight. */
	weight: number | null;
	/** The framework's own weight for it, as the framework file gives it. */
	framework_weight: number;
}

/** Each value over their sum: shares summing to 1, or nulls when the sum is 0. */
function shares(values: readonly number[]): (number | null)[] {
	const total = values.reduce((s, v) => s + v, 0);
	return values.map((v) => (total > 0 ? v / total : null));
}

/**
 * Every weight used for the groups of a run, groups in the framework's order. `used` is the run's
 * indicator weights per group: only the indicators the group is scored on.
 */
export function weightsUsed(
	framework: Framework,
	method: WeightMethod,
	used: Partial<Record<RespondentGroup, Record<string, number>>>
): WeightUsed[] {
	const groups = framework.groups.filter((g) => used[g]);
	const groupShares = shares(groups.map((g) => framework.rollup.groupWeights[g]));
	return groups.flatMap((group, gi) => {
		const w = used[group]!;
		const out: WeightUsed[] = [];
		const row = (level: WeightLevel, item: string, parent: string, weight: number | null, raw: number) =>
			out.push({ group, level, item, parent, weight, framework_weight: raw });
		const dimensions = framework.dimensions.filter((d) =>
			d.pillars.some((p) => p.indicators.some((i) => i.id in w))
		);
		shares(dimensions.map((d) => d.weight)).forEach((s, k) =>
			row('dimension', dimensions[k].id, 'composite', s, dimensions[k].weight)
		);
		for (const d of dimensions) {
			const pillars = d.pillars.filter((p) => p.indicators.some((i) => i.id in w));
			const inPillar = pillars.map((p) => p.indicators.filter((i) => i.id in w));
			if (method === 'framework') {
				shares(pillars.map((p) => p.weight)).forEach((s, k) =>
					row('pillar', pillars[k].id, d.id, s, pillars[k].weight)
				);
				pillars.forEach((p, k) =>
					shares(inPillar[k].map((i) => w[i.id])).forEach((s, j) =>
						row('indicator', inPillar[k][j].id, p.id, s, inPillar[k][j].weight)
					)
				);
				continue;
			}
			const all = inPillar.flat();
			const share = new Map(shares(all.map((i) => w[i.id])).map((s, j) => [all[j].id, s]));
			pillars.forEach((p, k) => {
				const parts = inPillar[k].map((i) => share.get(i.id));
				const sum = parts.every((s) => s === null) ? null : parts.reduce((t: number, s) => t + (s ?? 0), 0);
				row('pillar', p.id, d.id, sum, p.weight);
			});
			for (const i of all) row('indicator', i.id, d.id, share.get(i.id)!, i.weight);
		}
		row('group', group, 'rollup', groupShares[gi], framework.rollup.groupWeights[group]);
		return out;
	});
}
