/**
 * The identity check of migration 20261130T0100: data stored before imports refused a
 * respondent_id of the other survey may hold one (a hospital row that superseded a provincial
 * commission). Migrating finds it and records it in the audit log, changing no answer.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/lib/server/db/connect.ts';
import { migrateToLatest } from '../../src/lib/server/db/migrate.ts';
import { DIALECTS, freshDatabase } from '../helpers/databases.ts';

describe.each(DIALECTS)('the identity check on upgrade (%s)', (dialect) => {
	it('records a respondent_id used by both surveys in a round, and changes no answer', async () => {
		const db = await freshDatabase(dialect);
		const database = openDatabase(db.url);
		try {
			await migrateToLatest(database.db, '20261130T0000_run_results');
			// What an older version let through: the hospital file superseded the commission.
			const submission = (template: string) => ({
				file_name: `${template}.csv`,
				sha256: template,
				encoding: 'utf-8',
				template,
				answer_columns: '[]',
				years: '2024',
				row_count: 1,
				new_count: 1,
				superseded_count: 0,
				submitted_at: '2026-11-01T00:00:00.000Z',
				submitted_by: 'cli'
			});
			const [first, second] = [
				await database.db
					.insertInto('submissions')
					.values(submission('regional'))
					.returning('id')
					.executeTakeFirstOrThrow(),
				await database.db
					.insertInto('submissions')
					.values(submission('hospital'))
					.returning('id')
					.executeTakeFirstOrThrow()
			];
			const response = (
				survey: string,
				group: string,
				submissionId: number,
				supersededBy: number | null
			) => ({
				submission_id: submissionId,
				year: 2024,
				respondent_id: 'RHC110000',
				survey,
				respondent_group: group,
				name: survey === 'regional' ? '北京市卫生健康委员会' : '某医院',
				region_code: '110000',
				province_code: '11',
				answers: '[]',
				superseded_by: supersededBy
			});
			await database.db
				.insertInto('responses')
				.values([
					response('regional', 'provincial', first.id, second.id),
					response('hospital', 'tertiary', second.id, null)
				])
				.execute();
			const before = await sql`select * from responses order by id`.execute(database.db);

			await migrateToLatest(database.db);
			const found = await database.db
				.selectFrom('audit_log')
				.selectAll()
				.where('action', '=', 'identity-conflict')
				.execute();
			expect(found).toHaveLength(1);
			expect(JSON.parse(found[0].detail)).toEqual({
				year: 2024,
				respondent_id: 'RHC110000',
				surveys: ['hospital', 'regional'],
				message:
					'respondent_id RHC110000 names units of both surveys in 2024; resubmit one of them with an id of its own'
			});
			expect((await sql`select * from responses order by id`.execute(database.db)).rows).toEqual(before.rows);
		} finally {
			await database.close();
			await db.drop();
		}
	});
});
