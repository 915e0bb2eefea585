/**
 * Every survey round an admin may move (the rounds page): those holding data and those with a
 * state, newest first, with their current respondents and who set the state when.
 */
import { nextRoundState, ROUND_ACTIONS, type RoundAction, type RoundState } from './auth/round-states.ts';
import type { HimapDatabase } from './db/connect.ts';
import { respondentsByYear } from './db/responses.repository.ts';
import { roundStates } from './round-state-service.ts';

export interface RoundOverview {
	year: number;
	/** null: never opened, closed or published (data loaded by an operator only). */
	state: RoundState | null;
	respondents: number;
	changedAt: string | null;
	changedBy: string | null;
	/** The moves its state allows, by the rule of auth/round-states.ts. */
	moves: RoundAction[];
}

const movesFrom = (state: RoundState | null): RoundAction[] =>
	ROUND_ACTIONS.filter((action) => 'state' in nextRoundState(state, action));

export async function roundOverview(database: HimapDatabase): Promise<RoundOverview[]> {
	const [states, counts] = await Promise.all([roundStates(database), respondentsByYear(database.db)]);
	const byYear = new Map<number, RoundOverview>();
	for (const [year, respondents] of counts)
		byYear.set(year, {
			year,
			state: null,
			respondents,
			changedAt: null,
			changedBy: null,
			moves: movesFrom(null)
		});
	for (const s of states)
		byYear.set(s.year, {
			year: s.year,
			state: s.state,
			respondents: counts.get(s.year) ?? 0,
			changedAt: s.changed_at,
			changedBy: s.changed_by,
			moves: movesFrom(s.state)
		});
	return [...byYear.values()].sort((a, b) => b.year - a.year);
}
