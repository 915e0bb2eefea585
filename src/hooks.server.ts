import type { ServerInit } from '@sveltejs/kit';
import { appDatabase } from '$lib/server/app-database';

// Migrate before the first request, so a broken database fails the start, not a page.
export const init: ServerInit = async () => {
	await appDatabase();
};
