import { appDatabase } from '$lib/server/app-database';
import { isDemoData } from '$lib/server/rounds-service';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => ({
	locale: locals.locale,
	demo: await isDemoData(await appDatabase())
});
