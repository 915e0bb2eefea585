/** The selectors every dashboard page reads from its URL, validated against what exists. */
import { SCORE_KEYS, type ScoreKey } from '../analysis/rollup.ts';

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
