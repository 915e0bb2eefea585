/**
 * Addresses of a view: the same page with one setting changed (the overview's view tabs, the map's
 * round stepper), and the link a reader copies, which spells out every setting so that it shows
 * the same figures later, in another browser, after a new round is imported.
 */

/** The page's path and query with the given parameters set (null removes one), the rest kept. */
export function withQuery(url: URL, changes: Record<string, string | number | null>): string {
	const params = new URLSearchParams(url.searchParams);
	for (const [name, value] of Object.entries(changes)) {
		if (value === null) params.delete(name);
		else params.set(name, String(value));
	}
	const query = params.toString();
	return query ? `${url.pathname}?${query}` : url.pathname;
}

/**
 * The link to copy: the page's address with the language and the round shown written in (the
 * cookie and "the latest round" are not in a link), every other setting kept as the page has it.
 * The fragment is dropped: it is where the reader scrolled, not a setting.
 */
export function shareUrl(url: URL, shown: { locale: string; year: number | null }): string {
	const link = new URL(url.pathname, url.origin);
	link.search = url.search;
	link.searchParams.set('lang', shown.locale);
	if (shown.year === null) link.searchParams.delete('year');
	else link.searchParams.set('year', String(shown.year));
	return link.href;
}

/** The rounds either side of the shown one, among those with data (newest first, as pages get them). */
export function roundSteps(
	years: readonly number[],
	year: number | null
): { previous: number | null; next: number | null } {
	const ascending = [...years].sort((a, b) => a - b);
	const at = year === null ? -1 : ascending.indexOf(year);
	if (at < 0) return { previous: null, next: null };
	return { previous: ascending[at - 1] ?? null, next: ascending[at + 1] ?? null };
}
