/**
 * The selectors the dashboard pages read from their URL, validated against what exists: anything
 * unknown falls back to the default, so a hand-edited or stale link still shows a page.
 */
import { CITY_SORTS, type CitySort } from '../analysis/city-sort.ts';
import { SCORE_KEYS, type ScoreKey } from '../analysis/rollup.ts';
import { DEFAULT_METHOD, parseMethod, type Method } from '../scoring/method.ts';

/** The requested round if it has data, else the latest (null for an empty database). */
export function chosenYear(url: URL, years: number[]): number | null {
	const requested = Number(url.searchParams.get('year'));
	return years.includes(requested) ? requested : (years[0] ?? null);
}

/** The requested round if it has data, else none (the data page's "all rounds"). */
export function chosenYearOrAll(url: URL, years: number[]): number | null {
	const requested = Number(url.searchParams.get('year'));
	return years.includes(requested) ? requested : null;
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

/** At most this many provinces side by side: more and the radar and the table stop being readable. */
export const MAX_COMPARED = 6;

/**
 * The provinces to compare, in the order asked: `p=11,31,44` (a permalink) and the form's
 * `pick=11&pick=31`; two-digit codes only, each once. All of them, even past MAX_COMPARED: the
 * page compares the first ones and names those it leaves out (views/compare.ts).
 */
export function chosenProvinces(url: URL): string[] {
	const asked = [...(url.searchParams.get('p') ?? '').split(','), ...url.searchParams.getAll('pick')];
	return [...new Set(asked.filter((c) => /^\d\d$/.test(c)))];
}

export interface CityQuery {
	/** Two-digit province code (anything else matches no city), or '' for every province. */
	province: string;
	series: 1 | 2;
	sort: CitySort;
}

/** The cities table's filter and order: series 1 unless 2 is asked, every province, by rank. */
export function chosenCities(url: URL): CityQuery {
	const sort = url.searchParams.get('sort') ?? '';
	return {
		province: url.searchParams.get('province') ?? '',
		series: url.searchParams.get('series') === '2' ? 2 : 1,
		sort: (CITY_SORTS as readonly string[]).includes(sort) ? (sort as CitySort) : 'rank'
	};
}

/** The overview's main figure: the map of the chosen score, the ranking chart, or the ranking table. */
export const OVERVIEW_VIEWS = ['map', 'chart', 'table'] as const;
export type OverviewView = (typeof OVERVIEW_VIEWS)[number];

/** The requested view of the overview's main figure, the map by default. */
export function chosenView(url: URL): OverviewView {
	const v = url.searchParams.get('view');
	return OVERVIEW_VIEWS.includes(v as OverviewView) ? (v as OverviewView) : 'map';
}
