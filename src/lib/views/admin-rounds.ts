/** What the rounds page shows (routes/admin/rounds): each round's state named and the moves it allows. */
import type { Locale } from '../i18n/messages.ts';
import type { Messages } from './page-base.ts';
import { utcTime } from './utc-time.ts';

export type Move = 'open' | 'close' | 'publish';

export interface RoundOverviewRow {
	year: number;
	state: 'open' | 'closed' | 'published' | null;
	respondents: number;
	changedAt: string | null;
	changedBy: string | null;
	/** The moves the round's state allows (server/auth/round-states.ts). */
	moves: Move[];
}

export interface RoundRow {
	year: number;
	stateName: string;
	respondents: string;
	changedAt: string;
	changedBy: string;
	moves: { move: Move; label: string }[];
}

export const stateName = (t: Messages, state: RoundOverviewRow['state']): string =>
	t[`roundState_${state ?? 'none'}`];

export const moveLabel = (t: Messages, move: Move): string => t[`roundAction_${move}`];

export function roundRows(t: Messages, locale: Locale, rounds: readonly RoundOverviewRow[]): RoundRow[] {
	return rounds.map((r) => ({
		year: r.year,
		stateName: stateName(t, r.state),
		respondents: r.respondents.toLocaleString(locale),
		changedAt: r.changedAt ? utcTime(r.changedAt) : '',
		changedBy: r.changedBy ?? '',
		moves: r.moves.map((move) => ({ move, label: moveLabel(t, move) }))
	}));
}
