/**
 * Review by level, below the pages (docs/security.md, Review), on SQLite and PostgreSQL: a unit's
 * submission waits outside the scores until the level above approves it; approval makes the
 * round's run stale though no response was added; approved data is locked against submissions
 * until reopened; every illegal move and every reviewer outside the level is refused with
 * nothing changed; each move leaves an audit line with before and after.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/lib/server/auth/permissions.ts';
import { openDatabase, type HimapDatabase } from '../../src/lib/server/db/connect.ts';
import { migrateToLatest } from '../../src/lib/server/db/migrate.ts';
import { importSurveyBytes } from '../../src/lib/server/import-service.ts';
import { pendingRuns, refreshRound } from '../../src/lib/server/refresh-service.ts';
import { reviewQueue, submissionDetail } from '../../src/lib/server/review-queue-service.ts';
import { ReviewRefused, reviewSubmission } from '../../src/lib/server/review-service.ts';
import { buildTable, set, toBytes } from '../fixtures/survey-builders.ts';
import { tableChecksum } from '../helpers/checksum.ts';
import { DIALECTS, freshDatabase, type TestDatabase } from '../helpers/databases.ts';

const who = (login: string, role: Principal['role'], region: string | null): Principal => ({
	id: 0,
	login,
	role,
	region,
	via: 'session'
});
const clerk = who('tianhe-clerk', 'submitter', '440106');
const guangzhou = who('guangzhou-reviewer', 'reviewer', '440100');
const shenzhen = who('shenzhen-reviewer', 'reviewer', '440300');
const tianhe = who('tianhe-reviewer', 'reviewer', '440106');

// Hospitals of 天河区 (440106): the baseline an operator loaded, and a new one a clerk sends.
const baseline = () => buildTable({ template: 'hospital', rows: 3, year: 2024 });
const newcomer = () => buildTable({ template: 'hospital', rows: 1, year: 2024, idPrefix: 'N' });

describe.each(DIALECTS)('review by level (%s)', (dialect) => {
	let db: TestDatabase;
	let database: HimapDatabase;
	const submit = async (bytes: Buffer, status: 'submitted' | 'approved' = 'submitted') =>
		importSurveyBytes(database, bytes, { fileName: 'h.csv', submittedBy: clerk.login, status });
	const scored = async () => (await refreshRound(database, 2024)).run?.respondents ?? 0;
	const refused = (work: Promise<unknown>) =>
		work.then(
			() => null,
			(e) => (e instanceof ReviewRefused ? [e.status, e.message] : Promise.reject(e))
		);

	beforeAll(async () => {
		db = await freshDatabase(dialect);
		database = openDatabase(db.url);
		await migrateToLatest(database.db);
	});
	afterAll(async () => {
		await database?.close();
		await db?.drop();
	});

	let first: number;

	it('an operator’s import counts at once; a unit’s waits for review outside the scores', async () => {
		expect((await submit(toBytes(baseline()), 'approved')).ok).toBe(true);
		expect(await scored()).toBe(3);
		const sent = await submit(toBytes(newcomer()));
		if (!sent.ok) throw new Error(JSON.stringify(sent.errors));
		first = sent.summary.submissionId!;
		expect(await scored()).toBe(3);
		const queue = await reviewQueue(database, guangzhou);
		expect(queue.map((s) => [s.id, s.status, s.current_rows])).toEqual([[first, 'submitted', 1]]);
		expect(await reviewQueue(database, shenzhen)).toEqual([]);
	});

	it('refuses reviewers outside the level above, and the unit itself, changing nothing', async () => {
		const before = await tableChecksum(db.url);
		expect(await refused(reviewSubmission(database, shenzhen, first, 'approve'))).toEqual([
			404,
			`there is no submission #${first} in your region`
		]);
		expect(await refused(reviewSubmission(database, tianhe, first, 'approve'))).toEqual([
			403,
			expect.stringContaining('its own level: the level above reviews it')
		]);
		expect(await refused(reviewSubmission(database, clerk, first, 'approve'))).toEqual([
			403,
			'a submitter may not review submissions; reviewers and admins do'
		]);
		expect(await refused(reviewSubmission(database, guangzhou, first, 'return', '  '))).toEqual([
			409,
			`submission #${first}: say what the unit is to correct: a comment is required`
		]);
		expect(await refused(reviewSubmission(database, guangzhou, first, 'reopen', 'why'))).toEqual([
			409,
			expect.stringContaining('only approved data is reopened')
		]);
		expect(await tableChecksum(db.url)).toBe(before);
	});

	it('approval brings the data into the scores, though no response was added', async () => {
		const approved = await reviewSubmission(database, guangzhou, first, 'approve');
		expect([approved.status, approved.reviewed_by, approved.review_comment]).toEqual([
			'approved',
			guangzhou.login,
			null
		]);
		expect((await pendingRuns(database, [2024])).map((p) => p.year)).toEqual([2024]);
		expect(await scored()).toBe(4);
		const detail = await submissionDetail(database, guangzhou, first);
		expect(detail?.rows.map((r) => [r.respondent_id, r.composite !== null])).toEqual([['N0001', true]]);
		expect(detail?.actions).toEqual(['reopen']);
		expect(await submissionDetail(database, shenzhen, first)).toBeNull();
	});

	it('locks approved data against submissions, storing nothing', async () => {
		const before = await tableChecksum(db.url);
		const again = await submit(toBytes(set(newcomer(), 2, 'name', '天河区新医院')));
		expect(again.ok).toBe(false);
		if (again.ok) return;
		expect(again.errors).toEqual([
			expect.objectContaining({
				row: 2,
				column: 'respondent_id',
				value: 'N0001',
				message: expect.stringMatching(
					/approved for 2024 \(submission #\d+\) and is locked; ask your reviewer to reopen it/
				)
			})
		]);
		expect(await tableChecksum(db.url)).toBe(before);
	});

	it('reopened data goes back to the unit with the comment, leaves the scores, and can be sent again', async () => {
		const reopened = await reviewSubmission(
			database,
			guangzhou,
			first,
			'reopen',
			'beds: 10 times last year?'
		);
		expect([reopened.status, reopened.review_comment]).toEqual(['returned', 'beds: 10 times last year?']);
		expect(await scored()).toBe(3);
		const again = await submit(toBytes(set(newcomer(), 2, 'name', '天河区新医院')));
		if (!again.ok) throw new Error(JSON.stringify(again.errors));
		expect(again.summary.superseded).toBe(1);
		// The returned one, replaced whole, has nothing left to review.
		expect(await refused(reviewSubmission(database, guangzhou, first, 'approve'))).toEqual([
			409,
			expect.stringContaining('only a submitted one is approved')
		]);
		await reviewSubmission(database, guangzhou, again.summary.submissionId!, 'approve');
		expect(await scored()).toBe(4);
	});

	it('takes a round’s figures away when all its approved data is reopened', async () => {
		const lone = await importSurveyBytes(
			database,
			toBytes(buildTable({ template: 'hospital', rows: 1, year: 2023 })),
			{
				fileName: 'h2023.csv',
				submittedBy: clerk.login,
				status: 'submitted'
			}
		);
		if (!lone.ok) throw new Error(JSON.stringify(lone.errors));
		expect((await refreshRound(database, 2023)).run).toBeNull();
		await reviewSubmission(database, guangzhou, lone.summary.submissionId!, 'approve');
		expect((await refreshRound(database, 2023)).run?.respondents).toBe(1);
		await reviewSubmission(database, guangzhou, lone.summary.submissionId!, 'reopen', 'wrong year');
		expect((await pendingRuns(database, [2023])).map((p) => p.year)).toEqual([2023]);
		expect((await refreshRound(database, 2023)).run).toBeNull();
		expect(await pendingRuns(database, [2023])).toEqual([]);
	});

	it('writes each move to the audit log with its region, round, before and after', async () => {
		const lines = await database.db
			.selectFrom('audit_log')
			.select(['actor', 'action', 'submission_id', 'region', 'year', 'value_before', 'value_after'])
			.where('action', 'like', 'submission.%')
			.orderBy('id')
			.execute();
		const moves = ['submitted>approve>approved', 'approved>reopen>returned'];
		const line = (year: number, move: string) => {
			const [before, action, after] = move.split('>');
			const status = (s: string) => JSON.stringify({ status: s });
			return [guangzhou.login, `submission.${action}`, '440106', year, status(before), status(after)];
		};
		expect(lines.map((l) => [l.actor, l.action, l.region, l.year, l.value_before, l.value_after])).toEqual([
			line(2024, moves[0]),
			line(2024, moves[1]),
			line(2024, moves[0]),
			line(2023, moves[0]),
			line(2023, moves[1])
		]);
	});
});
