import { error, fail } from '@sveltejs/kit';
import { format, MESSAGES } from '$lib/i18n/messages';
import { appDatabase } from '$lib/server/app-database';
import { mayManageTokens, type Principal } from '$lib/server/auth/permissions';
import { formFields, refusal } from '$lib/server/http/form';
import { createToken, listTokens, revokeToken, tokenState } from '$lib/server/token-service';
import { tokenRequest } from '$lib/server/token-request';
import { tokenRows } from '$lib/views/api-tokens';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** The signed-in caller (hooks.server.ts sends anyone else to sign in), if it may hold tokens. */
function holder(event: Pick<RequestEvent, 'locals'>): Principal {
	const caller = event.locals.principal!;
	const allowed = mayManageTokens(caller);
	if (!allowed.allowed) error(allowed.status, allowed.reason);
	return caller;
}

export const load: PageServerLoad = async (event) => {
	event.setHeaders({ 'cache-control': 'private, no-store' });
	const caller = holder(event);
	const now = Date.now();
	const tokens = await listTokens(await appDatabase(), caller.id);
	return {
		tokens: tokenRows(
			MESSAGES[event.locals.locale],
			tokens.map((token) => ({ ...token, state: tokenState(token, now) }))
		),
		// The example call names this server, as the reader reached it.
		exportUrl: `${event.url.origin}/api/v1/export/rates`
	};
};

export const actions: Actions = {
	create: async (event) => {
		const caller = holder(event);
		const field = await formFields(event.request);
		const name = field('name', 400);
		const days = field('days', 16);
		const request = tokenRequest(name, days);
		if (!request.ok) return refusal(event, request.issues, { action: 'create', name, days });
		const { token } = await createToken(
			await appDatabase(),
			caller.login,
			{ name: request.name, expiresInDays: request.expiresInDays },
			caller.login
		);
		return { action: 'create', created: request.name, token };
	},
	revoke: async (event) => {
		const caller = holder(event);
		const t = MESSAGES[event.locals.locale];
		const field = await formFields(event.request);
		const id = Number(field('id', 16));
		const database = await appDatabase();
		const revoked = Number.isSafeInteger(id) && (await revokeToken(database, caller.id, id, caller.login));
		if (!revoked) return fail(404, { action: 'revoke', problems: [t.tokenGone] });
		const name = (await listTokens(database, caller.id)).find((token) => token.id === id)?.name ?? '';
		return { action: 'revoke', done: format(t.tokenRevokedDone, { name }) };
	}
};
