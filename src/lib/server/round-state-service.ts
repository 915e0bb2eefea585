/**
 * Opening, closing and publishing survey rounds (server/auth/round-states.ts): the move checked and
 * stored with its audit line (before → after) in one transaction.
 */
import { nextRoundState, type RoundAction, type RoundState } from './auth/round-states.ts';
import type { HimapDatabase } from './db/connect.ts';
import { audit } from './db/submissions.repository.ts';

/** A move the round's state does not allow; the round, its state and the move, for messages in the reader's language. */
export class RoundStateError extends Error {
	constructor(
		message: string,
		readonly year: number,
		readonly current: RoundState | null,
		readonly action: RoundAction
	) {
		super(message);
	}
}

export interface RoundStateRow {
	year: number;
	state: RoundState;
	changed_at: string;
	changed_by: string;
}

export async function roundStates(database: HimapDatabase): Promise<RoundStateRow[]> {
	const rows = await database.db.selectFrom('rounds').selectAll().orderBy('year', 'desc').execute();
	return rows as RoundStateRow[];
}

/** Each round's state by year; a round with no state yet is absent. */
export async function roundStateOf(database: HimapDatabase): Promise<Map<number, RoundState>> {
	return new Map((await roundStates(database)).map((r) => [r.year, r.state]));
}

/** Moves a round; throws RoundStateError saying why a move is not allowed. Returns the new state. */
export async function changeRound(
	database: HimapDatabase,
	year: number,
	action: RoundAction,
	actor: string
): Promise<RoundState> {
	return database.db.transaction().execute(async (trx) => {
		const row = await trx.selectFrom('rounds').selectAll().where('year', '=', year).executeTakeFirst();
		const before = (row?.state ?? null) as RoundState | null;
		const next = nextRoundState(before, action);
		if ('refused' in next) throw new RoundStateError(`round ${year}: ${next.refused}`, year, before, action);
		const changed = { state: next.state, changed_at: new Date().toISOString(), changed_by: actor };
		if (row) await trx.updateTable('rounds').set(changed).where('year', '=', year).execute();
		else
			await trx
				.insertInto('rounds')
				.values({ year, ...changed })
				.execute();
		await audit(trx, {
			actor,
			action: `round.${action}`,
			submission_id: null,
			detail: { year, before, after: next.state },
			year,
			before,
			after: next.state
		});
		return next.state;
	});
}
