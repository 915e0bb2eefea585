import { appDatabase } from '$lib/server/app-database';
import { randomPassword } from '$lib/server/auth/password-generator';
import { formFields, refusal } from '$lib/server/http/form';
import { regionLookup, userFormChoices } from '$lib/server/user-form-choices';
import { addUser, allUsers, UserError } from '$lib/server/user-service';
import { MESSAGES } from '$lib/i18n/messages';
import { userRow } from '$lib/views/admin-users';
import type { Actions, PageServerLoad } from './$types';

// Admins only: hooks.server.ts refuses anyone else before this runs (auth/route-access.ts).
export const load: PageServerLoad = async (event) => {
	event.setHeaders({ 'cache-control': 'private, no-store' });
	const locale = event.locals.locale;
	const t = MESSAGES[locale];
	const users = await allUsers(await appDatabase());
	return {
		users: users.map((u) => userRow(t, locale, u, regionLookup)),
		...userFormChoices(locale)
	};
};

export const actions: Actions = {
	add: async (event) => {
		const field = await formFields(event.request);
		const login = field('login', 64);
		const role = field('role', 32);
		const region = field('region', 16).trim() || null;
		const typed = field('password', 1024);
		// An empty password: one is made, and shown this once.
		const password = typed === '' ? randomPassword(login) : typed;
		try {
			await addUser(await appDatabase(), { login, role, region, password }, event.locals.principal!.login);
		} catch (e) {
			if (!(e instanceof UserError)) throw e;
			return refusal(event, e.issues, { login, role, region: region ?? '' });
		}
		return { added: login, password: typed === '' ? password : null };
	}
};
