import { appDatabase } from '$lib/server/app-database';
import { isDemoData, roundCounts } from '$lib/server/rounds-service';
import { pickLocale } from '$lib/i18n/messages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, request }) => {
	const database = await appDatabase();
	return {
		locale: pickLocale(url.searchParams.get('lang'), request.headers.get('accept-language')),
		rounds: await roundCounts(database),
		demo: await isDemoData(database)
	};
};
