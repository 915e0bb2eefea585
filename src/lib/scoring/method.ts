/** A scoring method: the choices a researcher can vary, stored with every score. */
import { AGGREGATE_METHODS, type AggregateMethod } from './aggregate.ts';
import { NORMALISE_METHODS, type NormaliseMethod } from './normalise.ts';

export type WeightMethod = 'framework' | 'entropy' | 'critic' | 'pca';
export const WEIGHT_METHODS: readonly WeightMethod[] = ['framework', 'entropy', 'critic', 'pca'];

export interface Method {
	normalise: NormaliseMethod;
	weights: WeightMethod;
	aggregate: AggregateMethod;
	/** JRC rule: winsorise a continuous indicator when |skew| > 2 and kurtosis > 3.5. */
	outliers: boolean;
}

export const DEFAULT_METHOD: Method = {
	normalise: 'goalposts',
	weights: 'framework',
	aggregate: 'arithmetic',
	outliers: true
};

/** A stable key, e.g. `goalposts/framework/arithmetic/winsorise`, stored with each score run. */
export function methodKey(m: Method): string {
	return `${m.normalise}/${m.weights}/${m.aggregate}/${m.outliers ? 'winsorise' : 'raw'}`;
}

export function parseMethod(parts: Partial<Record<keyof Method, string>>): Method {
	const pick = <T extends string>(
		value: string | undefined,
		allowed: readonly T[],
		fallback: T,
		name: string
	): T => {
		if (value === undefined) return fallback;
		if (!allowed.includes(value as T))
			throw new Error(`${name} must be one of ${allowed.join(', ')}, not "${value}"`);
		return value as T;
	};
	return {
		normalise: pick(parts.normalise, NORMALISE_METHODS, DEFAULT_METHOD.normalise, 'normalise'),
		weights: pick(parts.weights, WEIGHT_METHODS, DEFAULT_METHOD.weights, 'weights'),
		aggregate: pick(parts.aggregate, AGGREGATE_METHODS, DEFAULT_METHOD.aggregate, 'aggregate'),
		outliers: parts.outliers === undefined ? DEFAULT_METHOD.outliers : parts.outliers !== 'raw'
	};
}

/** The method a stored key names (the inverse of methodKey); null for a key that is not one. */
export function methodFromKey(key: string): Method | null {
	const [normalise, weights, aggregate, outliers, ...rest] = key.split('/');
	if (rest.length || (outliers !== 'winsorise' && outliers !== 'raw')) return null;
	try {
		const method = parseMethod({ normalise, weights, aggregate, outliers });
		return methodKey(method) === key ? method : null;
	} catch {
		return null;
	}
}
