/**
 * Indicator weights for one peer group. `framework`: the framework's weights, used within each
 * pillar. Data-driven methods (entropy, CRITIC — common in the Chinese literature — and PCA, the
 * JRC's) are computed from the group's normalised scores, separately for each dimension, and then
 * aggregate the dimension directly from its indicators.
 */
import type { DimensionId, Framework, Indicator } from './framework.ts';
import type { Cell } from './matrix.ts';
import type { WeightMethod } from './method.ts';
import { criticWeights } from './weights-critic.ts';
import { entropyWeights } from './weights-entropy.ts';
import { pcaWeights } from './weights-pca.ts';

const DATA_DRIVEN: Record<Exclude<WeightMethod, 'framework'>, (columns: Cell[][]) => number[]> = {
	entropy: entropyWeights,
	critic: criticWeights,
	pca: (columns) => pcaWeights(columns).weights
};

export function indicatorWeights(
	_framework: Framework,
	entries: readonly { indicator: Indicator; dimension: DimensionId }[],
	columns: readonly Float64Array[],
	method: WeightMethod
): number[] {
	if (method === 'framework') return entries.map((e) => e.indicator.weight);
	const weights = new Array<number>(entries.length).fill(0);
	const dimensions = [...new Set(entries.map((e) => e.dimension))];
	for (const d of dimensions) {
		const idx = entries.flatMap((e, i) => (e.dimension === d ? [i] : []));
		const data = idx.map((i) => Array.from(columns[i], (v): Cell => (Number.isNaN(v) ? null : v)));
		const w = idx.length === 1 ? [1] : DATA_DRIVEN[method](data);
		idx.forEach((i, k) => (weights[i] = w[k]));
	}
	return weights;
}
