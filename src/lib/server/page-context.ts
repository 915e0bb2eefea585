/**
 * The loader prologue every dashboard page shares: the database, the rounds, the round, score and
 * method the URL asks for (the method falls back to the default for a round not scored with it,
 * while the background runner prepares it), and the round's view. Routes pass the result to their page view (src/lib/views/).
 */
import type { ServerLoadEvent } from '@sveltejs/kit';
import { MESSAGES } from '../i18n/messages.ts';
import { methodKey } from '../scoring/method.ts';
import type { PageBase } from '../views/page-base.ts';
import { chosenMethod, chosenScore, chosenYear } from '../views/query.ts';
import type { Framework } from '../scoring/framework.ts';
import { app } from './app-database.ts';
import { servedFramework } from './served-framework.ts';
import { roundView, servedMethod } from './dashboard-service.ts';
import type { HimapDatabase } from './db/connect.ts';
import { roundsScoredWith } from './rounds-service.ts';

export interface PageContext extends PageBase {
	database: HimapDatabase;
	/** The framework shown (PageBase.framework names it): what trends and histories read too. */
	chosenFramework: Framework;
}

export async function pageContext(
	event: Pick<ServerLoadEvent, 'url' | 'locals' | 'parent'>
): Promise<PageContext> {
	const { url, locals } = event;
	const { database, scoring } = await app();
	const years = await roundsScoredWith(database);
	const year = chosenYear(url, years);
	const { method, notScored } = await servedMethod(database, year, chosenMethod(url));
	// A method asked for and not scored yet is prepared in the background; the page says how far along.
	const preparing = notScored && year !== null ? scoring.prepare(year, notScored) : null;
	// Likewise a stored framework not yet scored for the round under the method shown.
	const { framework, choice } = await servedFramework(database, scoring, url, year, method);
	return {
		database,
		locale: locals.locale,
		t: MESSAGES[locals.locale],
		// The root layout has asked already; its answer, not a second query.
		demo: ((await event.parent()) as { demo: boolean }).demo,
		years,
		year,
		dimension: chosenScore(url),
		method,
		notScored: notScored && methodKey(notScored),
		preparing,
		framework: choice,
		chosenFramework: framework,
		view: year === null ? null : await roundView(database, year, { method, framework })
	};
}
