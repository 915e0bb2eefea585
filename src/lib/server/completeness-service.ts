/**
 * A round's completeness inside a region: every unit it expects with where it stands
 * (analysis/completeness.ts), counted by status, survey, province and city
 * (analysis/completeness-tally.ts), and the same units for the CSV export. Read in one snapshot,
 * hospitals a batch at a time: memory holds the region's commissions and the counters, never the
 * round's responses.
 */
import {
	commissionKey,
	expectedCommissions,
	furthestStatus,
	hospitalUnit,
	inScope,
	previousRound,
	unitStatus,
	type ExpectedUnit,
	type UnitStatus
} from '../analysis/completeness.ts';
import { CompletenessTally, type TallyResult } from '../analysis/completeness-tally.ts';
import { scopePrefix } from '../survey/region-cover.ts';
import type { RoundState } from './auth/round-states.ts';
import * as completeness from './db/completeness.repository.ts';
import type { HimapDatabase } from './db/connect.ts';
import { roundYears } from './db/responses.repository.ts';
import { withSnapshot, type Snapshot } from './db/snapshot.ts';
import { REGION_RECORDS, REGIONS } from './region-reference.ts';
import { roundStates } from './round-state-service.ts';

export interface CompletenessReport extends TallyResult {
	year: number;
	/** The round whose hospitals are expected; null when none came before. */
	previous: number | null;
	scope: string;
}

/** The rounds with a state, newest first, and the one shown by default: the newest open, else the newest. */
export async function completenessRounds(
	database: HimapDatabase
): Promise<{ rounds: { year: number; state: RoundState }[]; preferred: number | null }> {
	const rounds = (await roundStates(database)).map((r) => ({ year: r.year, state: r.state }));
	const preferred = rounds.find((r) => r.state === 'open')?.year ?? rounds[0]?.year ?? null;
	return { rounds, preferred };
}

export async function completenessReport(
	database: HimapDatabase,
	year: number,
	scope: string,
	missingCap = 200
): Promise<CompletenessReport> {
	const tally = new CompletenessTally((code) => REGIONS.cityOf(code), missingCap);
	const previous = await eachExpectedUnit(database, year, scope, async (u) => tally.add(u));
	return { year, previous, scope, ...tally.result() };
}

/**
 * Calls `visit` with every unit round `year` expects inside `scope`: the commissions in the
 * reference's order, then the hospitals by region and id. Returns the round hospitals come from.
 */
export async function eachExpectedUnit(
	database: HimapDatabase,
	year: number,
	scope: string,
	visit: (unit: ExpectedUnit) => Promise<void>
): Promise<number | null> {
	// The prefix narrows the reads; the parent chain (inScope) then decides, as review does.
	const prefix = scopePrefix(scope).slice(0, 2);
	return withSnapshot(database, async (snapshot) => {
		const previous = previousRound(await roundYears(snapshot.db), year);
		const answered = await commissionsAnswered(snapshot, year, prefix);
		for (const unit of expectedCommissions(REGION_RECORDS, scope, REGIONS))
			await visit({ ...unit, status: answered.get(unit.key) ?? 'not_started', isNew: false });
		const query = completeness.hospitalUnits(snapshot.db, year, previous, prefix);
		for await (const batch of snapshot.batches(query))
			for (const row of batch as completeness.HospitalUnitRow[]) {
				if (!inScope(scope, row.region_code, REGIONS)) continue;
				const placed = hospitalUnit(Number(row.answered_before) === 1, row.status);
				if (!placed) continue;
				await visit({
					survey: 'hospital',
					key: row.respondent_id,
					regionCode: row.region_code,
					group: row.respondent_group,
					name: row.name,
					...placed
				});
			}
		return previous;
	});
}

/** Each commission's status in the round, by region and level: at most one per reference record. */
async function commissionsAnswered(
	snapshot: Snapshot,
	year: number,
	prefix: string
): Promise<Map<string, UnitStatus>> {
	const found = new Map<string, UnitStatus>();
	for await (const batch of snapshot.batches(completeness.commissionStatuses(snapshot.db, year, prefix)))
		for (const row of batch as completeness.CommissionStatusRow[]) {
			const key = commissionKey(row.region_code, row.respondent_group);
			const status = unitStatus(row.status);
			found.set(key, furthestStatus(found.get(key) ?? 'not_started', status));
		}
	return found;
}
