/**
 * Round completeness on SQLite and PostgreSQL: a round loaded by an operator (approved)
 * sets the hospitals the next round expects; in the next, opened round a few units submit, one is
 * approved, one returned. The service counts each status and rate for a province, the nation and
 * a city reviewer; the built app serves the page and the CSV export to admins and reviewers (each
 * its own region) and refuses a viewer.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/lib/server/auth/permissions.ts';
import { completenessReport } from '../../src/lib/server/completeness-service.ts';
import { openDatabase, type HimapDatabase } from '../../src/lib/server/db/connect.ts';
import { REGION_RECORDS, REGIONS } from '../../src/lib/server/region-reference.ts';
import { reviewSubmission } from '../../src/lib/server/review-service.ts';
import { submitSurvey } from '../../src/lib/server/submission-service.ts';
import { himap } from '../fixtures/cli.ts';
import { buildTable, set, toText, type SurveyTable } from '../fixtures/survey-builders.ts';
import { startApp, type AppServer } from '../helpers/app-server.ts';
import { DIALECTS, freshDatabase, type TestDatabase } from '../helpers/databases.ts';
import { addUserByCli, formClient } from '../helpers/form-client.ts';

const who = (login: string, role: Principal['role'], region: string | null): Principal => ({
	id: 0,
	login,
	role,
	region,
	via: 'token'
});
const CLERK = who('gd-clerk', 'submitter', '440000');
const PROVINCE_REVIEWER = who('gd-reviewer', 'reviewer', '440000');
const CITY_REVIEWER = who('gz-reviewer', 'reviewer', '440100');

/** Keeps the rows of a built table at these indexes (REGIONAL_UNITS: 1 = 440100, 2 = 440106, 4 = 440103). */
const only = (table: SurveyTable, ...indexes: number[]): SurveyTable => ({
	...table,
	rows: indexes.map((i) => table.rows[i])
});

/** Reference records inside a region, counted from the reference's parent links here, not by the app. */
const recordsUnder = (code: string): number =>
	REGION_RECORDS.filter(
		(r) => r.code === code || r.parent === code || REGIONS.get(r.parent ?? '')?.parent === code
	).length;

describe.each(DIALECTS)('round completeness (%s)', (dialect) => {
	let db: TestDatabase;
	let database: HimapDatabase;
	let dir: string;
	let app: AppServer;
	const guangdong = recordsUnder('440000');
	const guangzhou = recordsUnder('440100');

	const cli = async (argv: string[]) => {
		const r = await himap([...argv, '--db', db.url]);
		expect(r.code, r.err).toBe(0);
	};
	const submit = async (caller: Principal, table: SurveyTable): Promise<number> => {
		const result = await submitSurvey(database, caller, Readable.from([Buffer.from(toText(table))]), {
			fileName: 'survey.csv',
			dryRun: false
		});
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		return result.summary.submissionId!;
	};

	beforeAll(async () => {
		db = await freshDatabase(dialect);
		dir = mkdtempSync(join(tmpdir(), 'himap-completeness-'));
		// Round 2023, loaded by an operator: approved. Its hospitals H0001–H0004 are 2024's expected ones.
		for (const [name, table] of [
			['regional.csv', buildTable({ template: 'regional', rows: 6, year: 2023 })],
			['hospital.csv', buildTable({ template: 'hospital', rows: 4, year: 2023 })]
		] as const) {
			writeFileSync(join(dir, name), toText(table));
			await cli(['import', join(dir, name), '--no-score']);
		}
		await cli(['round', 'open', '2024']);
		database = openDatabase(db.url);
		const regional = buildTable({ template: 'regional', rows: 6, year: 2024 });
		const approved = await submit(CLERK, only(regional, 1));
		const returned = await submit(CLERK, only(regional, 2));
		await submit(CLERK, only(regional, 4));
		// H0001 and H0002 come back; H0009 is new, with a name Excel would run as a formula.
		const hospitals = buildTable({ template: 'hospital', rows: 3, year: 2024 });
		set(hospitals, 4, 'respondent_id', 'H0009');
		set(hospitals, 4, 'name', '=HYPERLINK("x")');
		await submit(CLERK, hospitals);
		await reviewSubmission(database, PROVINCE_REVIEWER, approved, 'approve');
		await reviewSubmission(
			database,
			CITY_REVIEWER,
			returned,
			'return',
			'the IT staff shares add up to more than 100'
		);
	});
	afterAll(async () => {
		await app?.stop();
		await database?.close();
		await db?.drop();
		rmSync(dir, { recursive: true, force: true });
	});

	it('counts each status of the commissions and hospitals of a province', async () => {
		const report = await completenessReport(database, 2024, '440000');
		expect(report.previous).toBe(2023);
		expect(report.totals.regional.counts).toEqual({
			expected: guangdong,
			approved: 1,
			submitted: 1,
			returned: 1,
			not_started: guangdong - 3,
			new: 0
		});
		expect(report.totals.hospital.counts).toEqual({
			expected: 5,
			approved: 0,
			submitted: 3,
			returned: 0,
			not_started: 2,
			new: 1
		});
		expect(report.totals.all.reporting).toEqual({
			numerator: 5,
			denominator: guangdong + 5,
			value: 5 / (guangdong + 5)
		});
		expect(report.totals.all.approval).toMatchObject({ numerator: 1, denominator: guangdong + 5 });
		expect(report.totals.hospital.reporting.value).toBe(3 / 5);
	});

	it('groups by city and lists the missing units, capped with their count', async () => {
		const report = await completenessReport(database, 2024, '440000', 10);
		expect(report.cities.get('440100')!.all.counts).toMatchObject({
			expected: guangzhou + 5,
			approved: 1,
			submitted: 4,
			returned: 1
		});
		expect(report.cities.get('440000')!.regional.counts).toMatchObject({ expected: 1, not_started: 1 });
		expect(report.missing).toHaveLength(10);
		expect(report.missing[0]).toMatchObject({
			survey: 'regional',
			regionCode: '440000',
			group: 'provincial'
		});
		expect(report.missingCount).toBe(guangdong - 3 + 2);
	});

	it('expects every commission of the reference for the nation, Guangdong’s figures among them', async () => {
		const [nation, province] = await Promise.all([
			completenessReport(database, 2024, '000000'),
			completenessReport(database, 2024, '440000')
		]);
		expect(nation.totals.regional.counts.expected).toBe(REGION_RECORDS.length);
		expect(nation.provinces.get('44')).toEqual(province.totals);
		expect(nation.provinces.get('11')!.all.reporting).toMatchObject({ numerator: 0 });
	});

	describe('served by the app', () => {
		let cookies: Record<string, string>;
		const get = (login: string, path: string) => formClient(app.base).get(path, { cookie: cookies[login] });

		beforeAll(async () => {
			for (const [login, role, region] of [
				['admin', 'admin', undefined],
				['gz-reviewer', 'reviewer', '440100'],
				['reader', 'viewer', undefined]
			] as const)
				await addUserByCli(db.url, login, role, region);
			app = await startApp(db);
			cookies = {};
			for (const login of ['admin', 'gz-reviewer', 'reader'])
				cookies[login] = await formClient(app.base).signIn(login);
		});

		const csvRows = (text: string) =>
			text
				.replace(/^\uFEFF/, '')
				.trimEnd()
				.split('\r\n')
				.map((line) => line.split(','));

		it('shows an admin the open round, never from the page cache', async () => {
			const r = await get('admin', '/completeness?lang=en');
			const html = await r.text();
			expect(r.status, html.slice(0, 300)).toBe(200);
			expect(r.headers.get('cache-control')).toContain('no-store');
			expect(html).toContain('Round completeness');
			expect(html).toContain(`${(REGION_RECORDS.length + 5).toLocaleString('en')}`);
			expect(html).toContain('/completeness/export.csv?year=2024');
		});

		it('exports every expected unit with its status, formulas neutralised', async () => {
			const r = await get('admin', '/completeness/export.csv?year=2024');
			// Read as bytes: fetch's text() drops a BOM.
			const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await r.arrayBuffer());
			expect(r.status, text.slice(0, 300)).toBe(200);
			expect(text.startsWith('\uFEFFyear,survey,unit,name,group,region_code,')).toBe(true);
			const rows = csvRows(text).slice(1);
			expect(rows).toHaveLength(REGION_RECORDS.length + 5);
			const status = (unit: string) => rows.find((row) => row[2] === unit)?.[8];
			expect(status('440100:municipal')).toBe('approved');
			expect(status('440106:county')).toBe('returned');
			expect(status('440103:county')).toBe('submitted');
			expect(status('H0003')).toBe('not_started');
			expect(rows.find((row) => row[2] === 'H0009')?.at(-1)).toBe('1');
			expect(text).toContain(`"'=HYPERLINK(""x"")"`);
		});

		it('shows a city reviewer its city only', async () => {
			const page = await get('gz-reviewer', '/completeness?year=2024&province=11&lang=en');
			expect(page.status).toBe(200);
			const html = await page.text();
			expect(html).toContain('Guangzhou');
			expect(html).not.toContain('Beijing');
			const r = await get('gz-reviewer', '/completeness/export.csv?year=2024&province=11');
			const rows = csvRows(await r.text()).slice(1);
			expect(rows).toHaveLength(guangzhou + 5);
			expect(rows.every((row) => row[7] === '440100')).toBe(true);
		});

		it.each(['/completeness', '/completeness/export.csv?year=2024'])(
			'refuses a viewer %s: 403',
			async (path) => {
				expect((await get('reader', path)).status).toBe(403);
			}
		);

		it('sends a stranger to sign in', async () => {
			const r = await formClient(app.base).get('/completeness');
			expect([303, 401]).toContain(r.status);
		});
	});
});
