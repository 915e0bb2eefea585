import { redirect } from '@sveltejs/kit';
import { appDatabase } from '$lib/server/app-database';
import { maySubmitAtAll } from '$lib/server/auth/permissions';
import { maxUploadBytes } from '$lib/server/http/upload';
import { roundStates } from '$lib/server/round-state-service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	event.setHeaders({ 'cache-control': 'private, no-store' });
	// Signed in: hooks.server.ts sends anyone else to the sign-in page (auth/route-access.ts).
	const caller = event.locals.principal!;
	if (!maySubmitAtAll(caller).allowed) redirect(303, '/account');
	const rounds = await roundStates(await appDatabase());
	return {
		openRounds: rounds.filter((r) => r.state === 'open').map((r) => r.year),
		maxUploadMb: Math.round(maxUploadBytes() / 1024 / 1024),
		cancelled: event.url.searchParams.has('cancelled')
	};
};
