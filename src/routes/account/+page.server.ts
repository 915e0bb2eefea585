import { redirect } from '@sveltejs/kit';
import { appDatabase } from '$lib/server/app-database';
import { mayAdminister } from '$lib/server/auth/permissions';
import { clearSessionCookie } from '$lib/server/http/session-cookie';
import { formFields, refusal } from '$lib/server/http/form';
import { loginThrottle, SESSION_COOKIE, signOut } from '$lib/server/session-service';
import { changeOwnPassword, UserError } from '$lib/server/user-service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	event.setHeaders({ 'cache-control': 'private, no-store' });
	// Signed in: hooks.server.ts sends anyone else to the sign-in page (auth/route-access.ts).
	const user = event.locals.principal!;
	return {
		user: { login: user.login, role: user.role, region: user.region },
		// Linked from here, not from the header: the header is the same for everyone (public pages are cached).
		admin: mayAdminister(user).allowed
	};
};

export const actions: Actions = {
	password: async (event) => {
		const field = await formFields(event.request);
		const user = event.locals.principal!;
		try {
			await changeOwnPassword(
				await appDatabase(),
				{
					login: user.login,
					current: field('current', 1024),
					next: field('password', 1024),
					address: event.getClientAddress(),
					keepSessionId: event.cookies.get(SESSION_COOKIE) ?? ''
				},
				loginThrottle
			);
		} catch (e) {
			if (!(e instanceof UserError)) throw e;
			return refusal(event, e.issues, { action: 'password' });
		}
		return { action: 'password', done: true };
	},
	signOut: async (event) => {
		const id = event.cookies.get(SESSION_COOKIE);
		if (id) await signOut(await appDatabase(), id);
		clearSessionCookie(event.cookies);
		redirect(303, '/login');
	}
};
