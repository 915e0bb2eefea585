import { error } from '@sveltejs/kit';
import { MESSAGES } from '$lib/i18n/messages';
import { appDatabase } from '$lib/server/app-database';
import { randomPassword } from '$lib/server/auth/password-generator';
import { formFields, refusal } from '$lib/server/http/form';
import { regionLookup, userFormChoices } from '$lib/server/user-form-choices';
import { changeRole, disableUser, setPassword, userByLogin, UserError } from '$lib/server/user-service';
import { userRow } from '$lib/views/admin-users';
import type { Actions, PageServerLoad } from './$types';

// Admins only: hooks.server.ts refuses anyone else before this runs (auth/route-access.ts).
export const load: PageServerLoad = async (event) => {
	event.setHeaders({ 'cache-control': 'private, no-store' });
	const locale = event.locals.locale;
	const t = MESSAGES[locale];
	const user = await userByLogin(await appDatabase(), event.params.login);
	if (!user) error(404, t.errorNotFoundTitle);
	return {
		user: userRow(t, locale, user, regionLookup),
		self: user.login === event.locals.principal!.login,
		...userFormChoices(locale)
	};
};

/** Each change is the service's, with its rules (user-service.ts); a refusal names the field. */
export const actions: Actions = {
	role: async (event) => {
		const field = await formFields(event.request);
		const role = field('role', 32);
		const region = field('region', 16).trim() || null;
		const { login } = event.params;
		try {
			await changeRole(await appDatabase(), login, role, region, event.locals.principal!.login);
		} catch (e) {
			if (!(e instanceof UserError)) throw e;
			return refusal(event, e.issues, { action: 'role', role, region: region ?? '' });
		}
		return { action: 'role', done: 'role' as const };
	},
	disable: async (event) => {
		const { login } = event.params;
		try {
			await disableUser(await appDatabase(), login, event.locals.principal!.login);
		} catch (e) {
			if (!(e instanceof UserError)) throw e;
			return refusal(event, e.issues, { action: 'disable' });
		}
		return { action: 'disable', done: 'disable' as const };
	},
	password: async (event) => {
		const { login } = event.params;
		const password = randomPassword(login);
		try {
			await setPassword(await appDatabase(), login, password, event.locals.principal!.login);
		} catch (e) {
			if (!(e instanceof UserError)) throw e;
			return refusal(event, e.issues, { action: 'password' });
		}
		return { action: 'password', done: 'password' as const, password };
	}
};
