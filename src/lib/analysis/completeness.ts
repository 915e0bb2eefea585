/**
 * Round completeness: which units a round expects inside a
 * region, where each stands, and the counts and rates that follow — the reporting-rate view of a
 * routine-reporting system. Pure: the caller supplies the region reference and the units' states.
 *
 * Health commissions answer at every level of the reference (docs/contracts.md, the regional
 * template's `level`: provincial `PP0000`, municipal `PPCC00`, county any other code), so every
 * province, prefecture and county record inside the scope is one expected commission; a
 * municipality's districts are county records under the province, and count as counties.
 * Hospitals have no register yet: the units expected are those that answered the latest earlier
 * round holding responses, plus any that answered this round for the first time (listed as new).
 */
import type { RegionIndex, RegionLevel, RegionRecord } from '../survey/regions.ts';

export type UnitSurvey = 'regional' | 'hospital';
export const UNIT_STATUSES = ['approved', 'submitted', 'returned', 'not_started'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

/** The commission level answering for each level of the reference. */
export const COMMISSION_LEVEL: Record<RegionLevel, 'provincial' | 'municipal' | 'county'> = {
	province: 'provincial',
	prefecture: 'municipal',
	county: 'county'
};

/** One unit expected in a round, with where it stands. */
export interface ExpectedUnit {
	survey: UnitSurvey;
	/** The commission's region and level (`440100:municipal`) or the hospital's respondent_id. */
	key: string;
	regionCode: string;
	group: string;
	name: string;
	status: UnitStatus;
	/** A hospital that answered this round but not the one before: expected because it came. */
	isNew: boolean;
}

/** Whether `code` is `scope` or lies inside it, up the reference's parent chain ('000000' is the nation). */
export function inScope(scope: string, code: string, regions: Pick<RegionIndex, 'get'>): boolean {
	if (scope === '000000' || scope === code) return true;
	for (let at = regions.get(code)?.parent; at; at = regions.get(at)?.parent) if (at === scope) return true;
	return false;
}

/** Every commission a round expects inside `scope`: one per province, prefecture and county record. */
export function expectedCommissions(
	records: readonly RegionRecord[],
	scope: string,
	regions: Pick<RegionIndex, 'get'>
): Omit<ExpectedUnit, 'status' | 'isNew'>[] {
	return records
		.filter((r) => inScope(scope, r.code, regions))
		.map((r) => ({
			survey: 'regional' as const,
			key: commissionKey(r.code, COMMISSION_LEVEL[r.level]),
			regionCode: r.code,
			group: COMMISSION_LEVEL[r.level],
			name: r.name
		}));
}

export const commissionKey = (regionCode: string, group: string) => `${regionCode}:${group}`;

/** A unit's status from its current version's submission status; no current version: not started. */
export function unitStatus(submissionStatus: string | null | undefined): UnitStatus {
	if (submissionStatus === 'approved' || submissionStatus === 'submitted' || submissionStatus === 'returned')
		return submissionStatus;
	return 'not_started';
}

/** When a unit has several current versions (two ids for one commission), the furthest along speaks for it. */
export function furthestStatus(a: UnitStatus, b: UnitStatus): UnitStatus {
	const order: UnitStatus[] = ['approved', 'submitted', 'returned', 'not_started'];
	return order.indexOf(a) <= order.indexOf(b) ? a : b;
}

/** The round whose hospitals a round expects: the latest earlier one holding responses, or null. */
export function previousRound(roundsWithResponses: Iterable<number>, year: number): number | null {
	let best: number | null = null;
	for (const y of roundsWithResponses) if (y < year && (best === null || y > best)) best = y;
	return best;
}

/**
 * A hospital's place in the round: `answeredBefore` (it answered the previous round) and its
 * current version's status here (null: none). Null when it is not expected at all.
 */
export function hospitalUnit(
	answeredBefore: boolean,
	statusHere: string | null
): { status: UnitStatus; isNew: boolean } | null {
	if (answeredBefore) return { status: unitStatus(statusHere), isNew: false };
	if (statusHere === null) return null;
	return { status: unitStatus(statusHere), isNew: true };
}
