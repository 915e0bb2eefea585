/**
 * The reads behind a round's completeness (completeness-service.ts): the current versions of a
 * round's units with their submission's review status. Each is a query for a snapshot's
 * `batches`, so a round of any size streams past a batch at a time.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** A commission's current version in the round: its region, level and where its submission stands. */
export interface CommissionStatusRow {
	region_code: string;
	respondent_group: string;
	status: string;
}

/** The commissions that answered round `year` in regions whose code starts with `prefix`. */
export function commissionStatuses(db: Kysely<Database>, year: number, prefix: string) {
	return db
		.selectFrom('responses as r')
		.innerJoin('submissions as s', 's.id', 'r.submission_id')
		.select(['r.region_code', 'r.respondent_group', 's.status'])
		.where('r.year', '=', year)
		.where('r.superseded_by', 'is', null)
		.where('r.survey', '=', 'regional')
		.where('r.region_code', 'like', `${prefix}%`);
}

/** A hospital expected in the round, or come to it: its status here is null when it has not answered. */
export interface HospitalUnitRow {
	respondent_id: string;
	name: string;
	region_code: string;
	respondent_group: string;
	status: string | null;
	/** 1 when it answered round `previous`; 0 when it is new to this one. */
	answered_before: number;
}

/**
 * The hospitals of round `previous` (null: none) with their status in round `year`, then the
 * hospitals that answered `year` without having answered `previous`; regions starting `prefix`,
 * ordered by region and id. An expected hospital keeps the region it answered from before.
 */
export function hospitalUnits(db: Kysely<Database>, year: number, previous: number | null, prefix: string) {
	const arrived = db
		.selectFrom('responses as c')
		.innerJoin('submissions as s', 's.id', 'c.submission_id')
		.select([
			'c.respondent_id as respondent_id',
			'c.name as name',
			'c.region_code as region_code',
			'c.respondent_group as respondent_group',
			's.status as status',
			sql<number>`0`.as('answered_before')
		])
		.where('c.year', '=', year)
		.where('c.superseded_by', 'is', null)
		.where('c.survey', '=', 'hospital')
		.where('c.region_code', 'like', `${prefix}%`)
		.where(({ not, exists, selectFrom }) =>
			not(
				exists(
					selectFrom('responses as p')
						.select('p.id')
						.whereRef('p.respondent_id', '=', 'c.respondent_id')
						.where('p.year', '=', previous ?? -1)
						.where('p.superseded_by', 'is', null)
						.where('p.survey', '=', 'hospital')
				)
			)
		);
	const expected = db
		.selectFrom('responses as p')
		.leftJoin('responses as c', (join) =>
			join
				.onRef('c.respondent_id', '=', 'p.respondent_id')
				.on('c.year', '=', year)
				.on('c.superseded_by', 'is', null)
				.on('c.survey', '=', 'hospital')
		)
		.leftJoin('submissions as s', 's.id', 'c.submission_id')
		.select([
			'p.respondent_id as respondent_id',
			sql<string>`coalesce(c.name, p.name)`.as('name'),
			'p.region_code as region_code',
			'p.respondent_group as respondent_group',
			's.status as status',
			sql<number>`1`.as('answered_before')
		])
		.where('p.year', '=', previous ?? -1)
		.where('p.superseded_by', 'is', null)
		.where('p.survey', '=', 'hospital')
		.where('p.region_code', 'like', `${prefix}%`);
	// Named with `as`: SQLite matches a compound select's ORDER BY only against declared names.
	return expected.unionAll(arrived).orderBy('region_code').orderBy('respondent_id');
}
