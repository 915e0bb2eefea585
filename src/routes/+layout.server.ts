import { MESSAGES } from '$lib/i18n/messages';
import { app } from '$lib/server/app-database';
import { isDemoData } from '$lib/server/rounds-service';
import { scoresStatus } from '$lib/server/scores-status';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => {
	const application = await app();
	return {
		locale: locals.locale,
		// One language's words go to the page, not both dictionaries in its code.
		t: MESSAGES[locals.locale],
		demo: await isDemoData(application.database),
		scores: await scoresStatus(application)
	};
};
