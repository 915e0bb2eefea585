/** `GET /api/v1/rounds` (docs/contracts.md, HTTP API): the rounds the caller may know of, newest first. */
import { mayKnowRound, type Principal } from '../auth/permissions.ts';
import type { RoundState } from '../auth/round-states.ts';
import type { HimapDatabase } from '../db/connect.ts';
import { roundYears } from '../db/responses.repository.ts';
import { roundStates } from '../round-state-service.ts';

export interface RoundListing {
	year: number;
	/** `open`, `closed`, `published`, or null for a round loaded by an operator and never given a state. */
	state: RoundState | null;
	changedAt: string | null;
	hasData: boolean;
}

export async function roundsResponse(database: HimapDatabase, caller: Principal | null): Promise<Response> {
	const states = new Map((await roundStates(database)).map((r) => [r.year, r]));
	const withData = new Set(await roundYears(database.db));
	const years = [...new Set([...states.keys(), ...withData])].sort((a, b) => b - a);
	const rounds: RoundListing[] = years
		.map((year) => ({
			year,
			state: states.get(year)?.state ?? null,
			changedAt: states.get(year)?.changed_at ?? null,
			hasData: withData.has(year)
		}))
		.filter((r) => mayKnowRound(caller, r.state));
	return new Response(JSON.stringify(rounds), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			// What it lists depends on who asks.
			'cache-control': caller ? 'private, no-store' : 'no-cache',
			vary: 'Cookie, Authorization'
		}
	});
}
