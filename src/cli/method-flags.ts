/** The method flags shared by `himap score` and `himap export`. */
import { parseMethod, type Method } from '../lib/scoring/method.ts';
import { UsageError } from './io.ts';

export const METHOD_OPTIONS = {
	normalise: { type: 'string' },
	weights: { type: 'string' },
	aggregate: { type: 'string' }
} as const;

export function methodFromFlags(values: {
	normalise?: string;
	weights?: string;
	aggregate?: string;
}): Method {
	try {
		return parseMethod({ normalise: values.normalise, weights: values.weights, aggregate: values.aggregate });
	} catch (e) {
		throw new UsageError((e as Error).message);
	}
}
