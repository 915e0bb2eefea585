import type { Handle, ServerInit } from '@sveltejs/kit';
import { pickLocale } from '$lib/i18n/messages';
import { appDatabase } from '$lib/server/app-database';
import { roundView } from '$lib/server/dashboard-service';
import { dataVersion, PageCache, pageKey } from '$lib/server/page-cache';
import { roundsWithData } from '$lib/server/score-service';

// Migrate before the first request, so a broken database fails the start, not a page.
export const init: ServerInit = async () => {
	const database = await appDatabase();
	// Warm the latest round's scores and rank intervals (seconds of Monte Carlo) in the background,
	// so the first visitor does not wait for them.
	void roundsWithData(database)
		.then(([latest]) =>
			latest === undefined ? null : roundView(database, latest, { withIntervals: 'wait' })
		)
		.catch((e) => console.error('warming the dashboard failed:', e));
};

const LOCALE_COOKIE = 'himap_lang';

/**
 * The language: `?lang=` (then remembered for a year), the cookie, or Accept-Language. Pages come
 * from a cache while the data is unchanged.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const query = event.url.searchParams.get('lang');
	const locale = pickLocale(
		query,
		event.request.headers.get('accept-language'),
		event.cookies.get(LOCALE_COOKIE)
	);
	event.locals.locale = locale;
	const render = () =>
		resolve(event, { transformPageChunk: ({ html }) => html.replace('%himap.lang%', locale) });
	const response =
		event.request.method !== 'GET' || event.url.pathname.startsWith('/api/')
			? await render()
			: await cachedPage(event, locale, render);
	// Set here, not with event.cookies, so a page served from the cache remembers the choice too.
	if (query === locale) response.headers.append('set-cookie', localeCookie(locale, event.url));
	return response;
};

function localeCookie(locale: string, url: URL): string {
	const secure = url.protocol === 'https:' ? '; Secure' : '';
	return `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${365 * 24 * 3600}; SameSite=Lax; HttpOnly${secure}`;
}

const pages = new PageCache();

/** A dashboard page (or its client-side data) from the cache while the data is unchanged. */
async function cachedPage(
	event: Parameters<Handle>[0]['event'],
	locale: string,
	render: () => Response | Promise<Response>
): Promise<Response> {
	// Client-side navigations fetch `__data.json`, which SvelteKit presents with the page's own URL:
	// they are never kept, so a page and its data cannot be served for each other.
	if (event.isDataRequest) return render();
	const key = pageKey(event.url, locale, await dataVersion(await appDatabase()));
	if (key === null) return render();
	const hit = pages.get(key);
	if (hit) return new Response(hit.body, { status: hit.status, headers: hit.headers });
	const response = await render();
	// Not kept: errors, and views still waiting for their rank intervals (see `locals.partial`).
	const kept =
		response.status === 200 &&
		!event.locals.partial &&
		response.headers.get('content-type')?.startsWith('text/html') &&
		!response.headers.has('set-cookie') &&
		!/no-store/.test(response.headers.get('cache-control') ?? '');
	if (!kept) return response;
	const body = new Uint8Array(await response.arrayBuffer());
	const headers = [...response.headers];
	pages.set(key, { status: response.status, headers, body });
	return new Response(body, { status: response.status, headers });
}
