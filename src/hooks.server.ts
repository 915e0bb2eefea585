import { randomUUID } from 'node:crypto';
import type { Handle, HandleServerError, RequestEvent, ServerInit } from '@sveltejs/kit';
import { MESSAGES, pickLocale } from '$lib/i18n/messages';
import { app } from '$lib/server/app-database';
import { classifyFailure, type DatabaseFailure } from '$lib/server/db/failure';
import { routeAccess } from '$lib/server/auth/route-access';
import { compressResponse, requestEncoding } from '$lib/server/http/compression';
import { crossSiteRefusal } from '$lib/server/http/origin-check';
import { requestPrincipal } from '$lib/server/http/principal';
import { accessRefusal, refused, unavailable } from '$lib/server/http/refusals';
import { problem } from '$lib/server/http/problem';
import { withSecurityHeaders } from '$lib/server/http/security-headers';
import { levelSettingProblem, log, MAX_PATH, requestLine } from '$lib/server/log';
import { dataVersion, PageCache, pageKey, pageResponse, pageToKeep } from '$lib/server/page-cache';

/**
 * Opens and migrates the database before the first request, and starts background scoring of
 * whatever is not current (the server answers at once meanwhile). A database that cannot be
 * opened at all — a SQLite path whose directory does not exist — stops the start with one line.
 */
export const init: ServerInit = async () => {
	const badLevel = levelSettingProblem();
	if (badLevel) log.warn(badLevel);
	try {
		await app();
	} catch (e) {
		const failure = classifyFailure(e);
		// Words, not a JSON log line: this is all `himap serve` says before it exits, read by a
		// person at a terminal (docs/operations.md: one line, then exit 3 or 4).
		console.error(
			failure
				? `himap: cannot start: ${failure.message}; ${failure.remedy}`
				: `himap: cannot start: ${(e as Error).message}`
		);
		process.exit(failure ? 3 : 4);
	}
};

/**
 * Every unexpected error: logged with an id and its stack; the user sees the id, never the stack
 * (src/routes/+error.svelte, or the problem+json body of the API). A failure of the database is
 * remembered on the request, which `handle` then answers 503.
 */
export const handleError: HandleServerError = async ({ error, event, status, message }) => {
	const failure = classifyFailure(error);
	// A page that does not exist: the words travel in the page's data too, so in the reader's language.
	if (!failure && status === 404 && !event.url.pathname.startsWith('/api/'))
		return { message: MESSAGES[event.locals.locale ?? 'zh-CN'].errorNotFoundTitle };
	if (!failure && status < 500) return { message };
	const id = (event.locals.errorId = newErrorId());
	if (failure) {
		event.locals.failure = failure;
		(await app().catch(() => null))?.availability.noteFailure(failure);
		// The kind and the driver's words; its stack would show only the driver's insides.
		log.error({ ...where(event, id), failure: failure.kind }, failure.message);
		return { message: failure.summary, id };
	}
	log.error({ ...where(event, id), status, err: error }, (error as Error)?.message ?? String(error));
	return { message: 'Internal Error', id };
};

/** 32 random bits in hex: short enough to read out over the phone; two errors of a day almost never share one. */
const newErrorId = () => randomUUID().slice(0, 8);

/** Where an error happened, as its log line says it. */
const where = (event: RequestEvent, errorId: string) => ({
	errorId,
	method: event.request.method,
	route: event.route.id,
	path: event.url.pathname.slice(0, MAX_PATH)
});

const LOCALE_COOKIE = 'himap_lang';

/** One line per request (src/lib/server/log.ts says which fields), whatever answered it. */
export const handle: Handle = async ({ event, resolve }) => {
	const started = performance.now();
	const seen: { cache?: 'hit' | 'miss' } = {};
	let status = 500;
	try {
		const response = withSecurityHeaders(
			await compressResponse(event.request, await answer(event, resolve, seen)),
			event.url
		);
		status = response.status;
		return response;
	} finally {
		const { level, fields } = requestLine({
			method: event.request.method,
			route: event.route.id,
			url: event.url,
			status,
			ms: performance.now() - started,
			cache: seen.cache,
			errorId: event.locals.errorId
		});
		log[level](fields, 'request');
	}
};

/**
 * The language: `?lang=` (then remembered for a year), the cookie, or Accept-Language. Pages come
 * from a cache while the data and scores are unchanged. While the database cannot be reached,
 * every request but the health check is answered 503 at once.
 */
async function answer(
	event: RequestEvent,
	resolve: Parameters<Handle>[0]['resolve'],
	seen: { cache?: 'hit' | 'miss' }
): Promise<Response> {
	const query = event.url.searchParams.get('lang');
	const locale = pickLocale(
		query,
		event.request.headers.get('accept-language'),
		event.cookies.get(LOCALE_COOKIE)
	);
	event.locals.locale = locale;
	event.locals.principal = null;
	const crossSite = crossSiteRefusal(event.request, event.url);
	if (crossSite) return refused(event, locale, 403, crossSite);
	// Client-side navigations fetch `__data.json`, which SvelteKit presents with the page's own URL:
	// they are never kept, so a page and its data cannot be served for each other. Only public
	// pages are kept: one that depends on who asks never is (route-access.ts).
	const access = routeAccess(event.url.pathname);
	const cacheable =
		event.request.method === 'GET' &&
		!event.url.pathname.startsWith('/api/') &&
		access === 'public' &&
		!event.isDataRequest;
	let key: string | null = null;
	try {
		const { availability, database, scoring } = await app();
		const state = availability.state;
		if (!state.up && event.url.pathname !== '/api/v1/health')
			return unavailable(event, locale, state.reason, state.retryAfterSeconds);
		// A cached public page is the same for everyone: who asks matters only elsewhere.
		if (!cacheable) {
			const caller = (event.locals.principal = await requestPrincipal(database, event));
			const refusal = accessRefusal(event, locale, access, caller);
			if (refusal) return refusal;
		}
		if (cacheable) {
			const version = await dataVersion(database);
			scoring.observe(version);
			// The scoring runner's epoch moves when a job starts or ends: the "updating" notes change with it.
			key = pageKey(event.url, locale, `${version}.${scoring.epoch}`);
		}
	} catch (e) {
		const failure = classifyFailure(e);
		if (!failure) throw e;
		(await app().catch(() => null))?.availability.noteFailure(failure);
		const id = (event.locals.errorId = newErrorId());
		log.error({ ...where(event, id), failure: failure.kind }, failure.message);
		return unavailable(event, locale, failure.summary, 5, id);
	}
	const render = () =>
		resolve(event, { transformPageChunk: ({ html }) => html.replace('%himap.lang%', locale) });
	const response = key === null ? await render() : await cachedPage(event, key, render, seen);
	const failure: DatabaseFailure | undefined = event.locals.failure;
	if (failure) return unavailable(event, locale, failure.summary, 5, event.locals.errorId);
	const id = event.locals.errorId;
	// SvelteKit answers an API route that threw with its own `{message, id}`, or an HTML page when
	// the client did not ask for JSON: the API's errors are problem+json, whoever asks.
	if (id && response.status >= 500 && event.url.pathname.startsWith('/api/'))
		return problem(response.status, 'Internal error', `${MESSAGES.en.errorBody} [${id}]`, {}, { id });
	// Set here, not with event.cookies, so a page served from the cache remembers the choice too.
	// A template's `lang` is the language of its headers, not of the site.
	if (query === locale && !event.url.pathname.startsWith('/templates/'))
		response.headers.append('set-cookie', localeCookie(locale, event.url));
	return response;
}

function localeCookie(locale: string, url: URL): string {
	const secure = url.protocol === 'https:' ? '; Secure' : '';
	return `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${365 * 24 * 3600}; SameSite=Lax; HttpOnly${secure}`;
}

const pages = new PageCache();

/**
 * A dashboard page from the cache while the data and scores are unchanged, compressed as the client
 * accepts from the encodings kept with it (`compressResponse` then leaves it as it is).
 */
async function cachedPage(
	event: RequestEvent,
	key: string,
	render: () => Response | Promise<Response>,
	seen: { cache?: 'hit' | 'miss' }
): Promise<Response> {
	const hit = pages.get(key);
	seen.cache = hit ? 'hit' : 'miss';
	const encoding = requestEncoding(event.request);
	if (hit) return pageResponse(hit, encoding);
	const response = await render();
	// Not kept: errors, and whatever asks not to be.
	const kept =
		response.status === 200 &&
		!event.locals.failure &&
		response.headers.get('content-type')?.startsWith('text/html') &&
		!response.headers.has('set-cookie') &&
		!/no-store/.test(response.headers.get('cache-control') ?? '');
	if (!kept) return response;
	const page = await pageToKeep(response);
	pages.set(key, page);
	return pageResponse(page, encoding);
}
