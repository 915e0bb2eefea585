import { fail, redirect } from '@sveltejs/kit';
import { appDatabase } from '$lib/server/app-database';
import { currentUser, setSessionCookie } from '$lib/server/http/session-cookie';
import { loginThrottle, signIn } from '$lib/server/session-service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	event.setHeaders({ 'cache-control': 'private, no-store' });
	if (await currentUser(event)) redirect(303, landing(event.url.searchParams.get('next')));
	return { next: event.url.searchParams.get('next') ?? '' };
};

/** Where to go once signed in: the page that asked for it, if it is one of ours, else the account. */
function landing(next: string | null): string {
	// A path of this site only: `//host` and `/\host` would leave it.
	return next && /^\/(?![/\\])/.test(next) ? next : '/account';
}

export const actions: Actions = {
	// The page's load runs after the action and marks the answer private.
	default: async (event) => {
		const form = await event.request.formData();
		const login = String(form.get('login') ?? '').slice(0, 64);
		const password = String(form.get('password') ?? '').slice(0, 1024);
		const result = await signIn(await appDatabase(), loginThrottle, {
			login,
			password,
			address: event.getClientAddress()
		});
		if (result.ok) {
			setSessionCookie(event, result.sessionId);
			redirect(303, landing(String(form.get('next') ?? '')));
		}
		if (result.reason === 'throttled')
			return fail(429, {
				login,
				error: 'signInThrottled',
				minutes: Math.ceil(result.retryAfterSeconds / 60)
			});
		return fail(400, { login, error: 'signInRefused', minutes: 0 });
	}
};
