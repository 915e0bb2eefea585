/**
 * The query that carries a view's language, round and (when not the default) scoring method to
 * another page: a link from the 2019 overview opens the province in 2019, not in the latest round.
 */
import { DEFAULT_METHOD, type Method } from '../scoring/method.ts';

export function viewQuery(locale: string, method?: Method, year?: number | null): string {
	const params = new URLSearchParams({ lang: locale });
	if (year != null) params.set('year', String(year));
	if (method) {
		for (const part of ['normalise', 'weights', 'aggregate'] as const) {
			if (method[part] !== DEFAULT_METHOD[part]) params.set(part, method[part]);
		}
	}
	return params.toString();
}

/** The selectors every page reads alike, carried by the navigation from page to page. */
const CARRIED = ['year', 'normalise', 'weights', 'aggregate', 'framework'] as const;

/**
 * The navigation's query: the round and method the reader chose ('' when none). The language is
 * not in it: the switch remembers it in a cookie (src/hooks.server.ts).
 */
export function carriedQuery(url: URL): string {
	const params = new URLSearchParams();
	for (const name of CARRIED) {
		const value = url.searchParams.get(name);
		if (value) params.set(name, value);
	}
	const query = params.toString();
	return query && `?${query}`;
}
