import { fail } from '@sveltejs/kit';
import { format, MESSAGES } from '$lib/i18n/messages';
import { appDatabase } from '$lib/server/app-database';
import { ROUND_ACTIONS, type RoundAction } from '$lib/server/auth/round-states';
import { formFields } from '$lib/server/http/form';
import { roundOverview } from '$lib/server/round-overview-service';
import { changeRound, RoundStateError } from '$lib/server/round-state-service';
import { moveLabel, roundRows, stateName } from '$lib/views/admin-rounds';
import type { Actions, PageServerLoad } from './$types';

// Admins only: hooks.server.ts refuses anyone else before this runs (auth/route-access.ts).
export const load: PageServerLoad = async (event) => {
	event.setHeaders({ 'cache-control': 'private, no-store' });
	const locale = event.locals.locale;
	return { rounds: roundRows(MESSAGES[locale], locale, await roundOverview(await appDatabase())) };
};

const isMove = (value: string): value is RoundAction => (ROUND_ACTIONS as readonly string[]).includes(value);

export const actions: Actions = {
	/**
	 * One move of one round, by the rule of auth/round-states.ts (round-state-service.ts). Publishing
	 * is final, so it goes ahead only with its confirmation box ticked.
	 */
	move: async (event) => {
		const t = MESSAGES[event.locals.locale];
		const field = await formFields(event.request);
		const yearField = field('year', 8).trim();
		const move = field('move', 16);
		if (!/^\d{4}$/.test(yearField) || !isMove(move))
			return fail(400, { problems: [format(t.fieldProblem, { field: t.year, problem: t.roundYearShape })] });
		const year = Number(yearField);
		if (move === 'publish' && field('confirm', 8) !== 'yes')
			return fail(400, { problems: [format(t.roundPublishUnconfirmed, { year })] });
		try {
			const state = await changeRound(await appDatabase(), year, move, event.locals.principal!.login);
			return { done: format(t.roundMoved, { year, state: stateName(t, state) }) };
		} catch (e) {
			if (!(e instanceof RoundStateError)) throw e;
			const refused = format(t.roundRefused, {
				year,
				state: stateName(t, e.current),
				action: moveLabel(t, e.action)
			});
			return fail(409, { problems: [refused, t.roundRule] });
		}
	}
};
