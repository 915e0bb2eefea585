import type { Handle, ServerInit } from '@sveltejs/kit';
import { pickLocale } from '$lib/i18n/messages';
import { appDatabase } from '$lib/server/app-database';
import { roundView } from '$lib/server/dashboard-service';
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

/** The language: `?lang=` (then remembered for a year), the cookie, or Accept-Language. */
export const handle: Handle = async ({ event, resolve }) => {
	const query = event.url.searchParams.get('lang');
	const locale = pickLocale(
		query,
		event.request.headers.get('accept-language'),
		event.cookies.get(LOCALE_COOKIE)
	);
	if (query === locale) {
		event.cookies.set(LOCALE_COOKIE, locale, {
			path: '/',
			maxAge: 365 * 24 * 3600,
			sameSite: 'lax',
			httpOnly: true
		});
	}
	event.locals.locale = locale;
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%himap.lang%', locale) });
};
