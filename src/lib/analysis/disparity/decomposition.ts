/**
 * Between-group and within-group decomposition of Theil T and Theil L (docs/methodology.md
 * section 5, `theil_t_between` and `theil_t_within`), for zones such as zone4 or zone3.
 */
import { theilLOf, theilTOf } from './theil.ts';
import { checkLength, distribution, DisparityError, type Distribution } from './weights.ts';

export interface Decomposition {
	total: number;
	between: number;
	within: number;
	/** between / total; null when total is 0 (no inequality to split) or Infinity. */
	betweenShare: number | null;
}

export interface GroupFigures {
	group: string;
	/** Number of units in the group. */
	n: number;
	/** P_g = Σ p_i over the group: its population share (n_g / n unweighted). */
	populationShare: number;
	/** Y_g = Σ p_i x_i / μ over the group: its share of the total. */
	valueShare: number;
	/** μ_g = Σ p_i x_i / P_g. */
	mean: number;
	/** T_g, Theil T inside the group (0 when the whole group is 0). */
	theilT: number;
	/** L_g, Theil L inside the group (Infinity when any of its values is 0). */
	theilL: number;
}

export interface TheilDecomposition {
	theilT: Decomposition;
	theilL: Decomposition;
	/** One entry per group, sorted by group name. */
	groups: GroupFigures[];
}

function figures(d: Distribution, group: string, members: number[]): GroupFigures {
	const populationShare = members.reduce((s, i) => s + d.shares[i], 0);
	if (populationShare === 0) throw new DisparityError(`group ${group} has a total weight of 0`);
	const valueShare = members.reduce((s, i) => s + d.shares[i] * d.values[i], 0) / d.mean;
	const base = { group, n: members.length, populationShare, valueShare };
	// An all-zero group has no inequality of its own but an infinite L (every ln(μ_g/0) term).
	if (valueShare === 0) return { ...base, mean: 0, theilT: 0, theilL: Infinity };
	const inner = distribution(
		members.map((i) => d.values[i]),
		members.map((i) => d.shares[i])
	);
	return { ...base, mean: inner.mean, theilT: theilTOf(inner), theilL: theilLOf(inner) };
}

function split(total: number, between: number, within: number): Decomposition {
	const betweenShare = total === 0 || !Number.isFinite(total) ? null : between / total;
	return { total, between, within, betweenShare };
}

/** Decomposition of an already validated distribution. */
export function theilDecompositionOf(d: Distribution, groups: readonly string[]): TheilDecomposition {
	checkLength(d.values, groups, 'groups');
	const members = new Map<string, number[]>();
	groups.forEach((g, i) => {
		if (typeof g !== 'string' || g === '') throw new DisparityError(`groups[${i}] is empty`);
		const list = members.get(g);
		if (list) list.push(i);
		else members.set(g, [i]);
	});
	const table = [...members]
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([g, list]) => figures(d, g, list));
	let tBetween = 0;
	let tWithin = 0;
	let lBetween = 0;
	let lWithin = 0;
	for (const g of table) {
		const { populationShare: p, valueShare: y } = g;
		if (y > 0) {
			tBetween += y * Math.log(y / p);
			tWithin += y * g.theilT;
		}
		lBetween += y > 0 ? p * Math.log(p / y) : Infinity;
		lWithin += p * g.theilL;
	}
	return {
		theilT: split(theilTOf(d), tBetween, tWithin),
		theilL: split(theilLOf(d), lBetween, lWithin),
		groups: table
	};
}

/**
 * Splits Theil T and Theil L into a between-group and a within-group part (Shorrocks 1980), with
 * population shares p_i (1/n unweighted), group population shares P_g and value shares Y_g:
 *
 *   T = Σ_g Y_g T_g + Σ_g Y_g ln(Y_g / P_g)   (within + between)
 *   L = Σ_g P_g L_g + Σ_g P_g ln(P_g / Y_g)   (within + between)
 *
 * Unweighted, Y_g is the contract's s_g = n_g μ_g / (n μ) and Y_g / P_g = μ_g / μ, so the T split
 * is the contract's `theil_t_between` = Σ s_g ln(μ_g/μ) and `theil_t_within` = Σ s_g T_g
 * (docs/contracts.md, Export tables). `total` is computed directly (the same number as `theilT` /
 * `theilL`); between + within equals it up to rounding. With zeros, L's parts follow `theilL`:
 * Infinity where a ln(…/0) term appears.
 *
 * Source: Shorrocks (1980), "The class of additively decomposable inequality measures",
 * Econometrica 48(3); Theil (1967), ch. 4.
 * @example theilDecomposition([8, 6, 4, 3, 2, 4, 1], ['E', 'E', 'C', 'C', 'W', 'W', 'W'], [10, 20, 30, 15, 25, 5, 5])
 *   → { theilT: { total: 0.11267, between: 0.09317, within: 0.01949, betweenShare: 0.82699 }, theilL: …, groups: […] }
 */
export function theilDecomposition(
	values: readonly number[],
	groups: readonly string[],
	weights?: readonly number[]
): TheilDecomposition {
	return theilDecompositionOf(distribution(values, weights), groups);
}
