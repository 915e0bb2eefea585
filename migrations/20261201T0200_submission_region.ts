import { sql, type Kysely } from 'kysely';

/**
 * Each submission's region — the smallest one holding all its units (survey/region-cover.ts) —
 * so that a submitter or reviewer is shown the submissions inside its own region. Submissions
 * stored before this get the same, computed from their responses' codes by the same prefix rule
 * written in SQL: the county when all are one, else the city (PPCC00) when all share one, else
 * the province, else the nation. (New files also step over a city the reference lacks, such as
 * 仙桃's 4290; either way the code's prefix is what a region's scope matches.)
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema.alterTable('submissions').addColumn('region_code', 'text').execute();
	await sql`
		UPDATE submissions SET region_code = (
			SELECT CASE
				WHEN MIN(r.region_code) = MAX(r.region_code) THEN MIN(r.region_code)
				WHEN SUBSTR(MIN(r.region_code), 1, 4) = SUBSTR(MAX(r.region_code), 1, 4)
					THEN SUBSTR(MIN(r.region_code), 1, 4) || '00'
				WHEN SUBSTR(MIN(r.region_code), 1, 2) = SUBSTR(MAX(r.region_code), 1, 2)
					THEN SUBSTR(MIN(r.region_code), 1, 2) || '0000'
				ELSE '000000' END
			FROM responses r WHERE r.submission_id = submissions.id)`.execute(db);
	await db.schema.createIndex('submissions_region').on('submissions').column('region_code').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropIndex('submissions_region').execute();
	await db.schema.alterTable('submissions').dropColumn('region_code').execute();
}
