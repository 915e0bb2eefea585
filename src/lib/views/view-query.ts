/** The query that carries a view's language and (when not the default) scoring method to another page. */
import { DEFAULT_METHOD, type Method } from '../scoring/method.ts';

export function viewQuery(locale: string, method?: Method): string {
	const params = new URLSearchParams({ lang: locale });
	if (method) {
		for (const part of ['normalise', 'weights', 'aggregate'] as const) {
			if (method[part] !== DEFAULT_METHOD[part]) params.set(part, method[part]);
		}
	}
	return params.toString();
}
