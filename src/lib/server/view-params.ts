/** The selectors every dashboard page reads from its URL, validated against what exists. */
import { SCORE_KEYS, type ScoreKey } from '../analysis/rollup.ts';
import { DEFAULT_METHOD, parseMethod, type Method } from '../scoring/method.ts';

/** The requested round if it has data, else the latest (null for an empty database). */
export function chosenYear(url: URL, years: number[]): number | null {
	const requested = Number(url.searchParams.get('year'));
	return years.includes(requested) ? requested : (years[0] ?? null);
}

/** The requested score, composite by default. */
export function chosenScore(url: URL): ScoreKey {
	const d = url.searchParams.get('dimension');
	return SCORE_KEYS.includes(d as ScoreKey) ? (d as ScoreKey) : 'composite';
}

/**
 * The scoring method from `normalise`, `weights` and `aggregate` (the CLI's flag names); the
 * default for any part not given, and the default altogether for a value that is not a method.
 */
export function chosenMethod(url: URL): Method {
	const part = (name: string) => url.searchParams.get(name) ?? undefined;
	try {
		return parseMethod({
			normalise: part('normalise'),
			weights: part('weights'),
			aggregate: part('aggregate')
		});
	} catch {
		return DEFAULT_METHOD;
	}
}
