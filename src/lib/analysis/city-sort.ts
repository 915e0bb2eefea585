/** Orders of the cities table: the index rank, the name in the reader's language, a score or the respondents. */
import { pinyin } from 'pinyin-pro';
import { SCORE_KEYS, type ScoreKey } from './rollup.ts';

export const CITY_SORTS = [
	'rank',
	'name',
	...SCORE_KEYS.filter((k) => k !== 'composite'),
	'respondents'
] as const;
export type CitySort = (typeof CITY_SORTS)[number];

export interface SortableCity {
	code: string;
	name: string;
	nameEn: string;
	/** Null: not ranked (too few respondents); such cities come after the ranked ones. */
	rank: number | null;
	scores: Record<ScoreKey, number>;
	respondents: number;
}

/** A new array; names in pinyin order for Chinese, alphabetical for English; scores highest first. */
export function sortCities<C extends SortableCity>(
	cities: readonly C[],
	sort: CitySort,
	locale: string
): C[] {
	// Chinese names in pinyin order; the runtime's zh collation reads 长沙 as "zhang".
	const key = (c: C) => (locale === 'en' ? c.nameEn : pinyin(c.name, { toneType: 'none', type: 'string' }));
	const byName = (a: C, b: C) => key(a).localeCompare(key(b), 'en');
	const byRank = (a: C, b: C) =>
		(a.rank ?? Infinity) - (b.rank ?? Infinity) || b.scores.composite - a.scores.composite;
	const compare: (a: C, b: C) => number =
		sort === 'rank'
			? byRank
			: sort === 'name'
				? byName
				: sort === 'respondents'
					? (a, b) => b.respondents - a.respondents || byRank(a, b)
					: (a, b) => b.scores[sort] - a.scores[sort] || byRank(a, b);
	return [...cities].sort((a, b) => compare(a, b) || a.code.localeCompare(b.code));
}
