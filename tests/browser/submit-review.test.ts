/**
 * Issue #13's scenario end to end in Chromium, over a copy of the seeded demo with round 2025
 * loaded by the operator for every unit but Tianhe's hospitals (tests/fixtures/next-round.ts):
 * Tianhe's clerk (zh-CN, on a phone) downloads the template, uploads a GB18030 file with two
 * errors and reads them, fixes it and confirms a preview with a warning; Guangzhou's reviewer
 * (English, on a laptop) returns it with a comment; the clerk reads it, resubmits, and the reviewer
 * approves; the round's completeness counts Tianhe's hospitals; the admin closes and publishes
 * the round and the dashboard counts them. Then the same upload as a plain form, without
 * JavaScript. Every step: no console errors or failed requests; the clerk's pages never scroll
 * sideways at 390 px. The `it` steps share state and run in order.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCount } from '../../src/lib/charts/format.ts';
import { format, MESSAGES } from '../../src/lib/i18n/messages.ts';
import { openDatabase, type HimapDatabase } from '../../src/lib/server/db/connect.ts';
import { himap } from '../fixtures/cli.ts';
import { gb18030Csv, nextRound } from '../fixtures/next-round.ts';
import { exportRows, startApp, type AppServer } from '../helpers/app-server.ts';
import { LAPTOP, launchChromium, PHONE, watchedPage, type WatchedPage } from '../helpers/browser.ts';
import type { TestDatabase } from '../helpers/databases.ts';
import { demoDatabase } from '../helpers/demo-database.ts';
import { addUserByCli } from '../helpers/form-client.ts';
import { cells, confirm, downloaded, sideways, signIn, text, upload } from '../helpers/browser-steps.ts';

const TIANHE = '440106';
const round = nextRound(TIANHE);
const YEAR = round.year;
const zh = MESSAGES['zh-CN'];
const en = MESSAGES.en;

let db: TestDatabase;
let database: HimapDatabase;
let app: AppServer;
let browser: Browser;

beforeAll(async () => {
	db = await demoDatabase('sqlite');
	expect((await himap(['round', 'open', String(YEAR), '--db', db.url])).code).toBe(0);
	const dir = mkdtempSync(join(tmpdir(), 'himap-next-round-'));
	// Scored once, after the last file: the preview shows score changes against a scored round.
	for (const [i, file] of round.operator.entries()) {
		const path = join(dir, file.fileName);
		writeFileSync(path, file.bytes);
		const last = i === round.operator.length - 1;
		const r = await himap(['import', path, '--db', db.url, ...(last ? [] : ['--no-score'])]);
		expect(r.code, r.err).toBe(0);
	}
	rmSync(dir, { recursive: true, force: true });
	await addUserByCli(db.url, 'tianhe', 'submitter', TIANHE);
	await addUserByCli(db.url, 'guangzhou', 'reviewer', '440100');
	await addUserByCli(db.url, 'admin', 'admin');
	database = openDatabase(db.url);
	app = await startApp(db);
	browser = await launchChromium();
}, 120_000);
afterAll(async () => {
	await browser?.close();
	await app?.stop();
	await database?.close();
	await db?.drop();
});

// --- The clerk's file, edited from the hospitals as the demo wrote them ----------------------

const col = (name: string) => {
	const i = round.clerk.header.indexOf(name);
	if (i < 0) throw new Error(`no column ${name} in ${round.clerk.header.join(',')}`);
	return i;
};
const rowOf = (id: string) => round.clerk.rows.find((r) => r[1] === id)!;
/** The clerk's rows (ids given), `edits` applied: [id, column, value]. */
function clerkFile(ids: string[], edits: [string, string, string][] = [], year = YEAR): Buffer {
	const rows = ids.map((id) => {
		const row = [...rowOf(id)];
		row[col('年度')] = String(year);
		for (const [which, column, value] of edits) if (which === id) row[col(column)] = value;
		return row;
	});
	return gb18030Csv(round.clerk.header, rows);
}
const [FIRST, SECOND, THIRD] = round.clerk.rows.map((r) => r[1]);
const STAFF = '信息化人员数';
const staffBefore = Number(rowOf(FIRST)[col(STAFF)]);
const nameOf = (id: string) => rowOf(id)[col('机构名称')];

// --- The database behind the app -----------------------------------------------------------

const submissionCount = async () =>
	Number(
		(
			await database.db
				.selectFrom('submissions')
				.select((eb) => eb.fn.countAll().as('n'))
				.executeTakeFirstOrThrow()
		).n
	);

// --- The scenario -----------------------------------------------------------------------------

describe(`a county's hospitals for ${YEAR}, from the clerk's file to the dashboard`, () => {
	let clerk: WatchedPage;
	let reviewer: WatchedPage;
	let returnedId: number;
	let approvedId: number;
	const comment = `${nameOf(FIRST)}: ${STAFF} — please check the number of IT staff.`;

	afterAll(async () => {
		await clerk?.context.close();
		await reviewer?.context.close();
	});

	it('1. the clerk signs in and downloads the template in Chinese', async () => {
		clerk = await watchedPage(browser, app.base, 'zh-CN', PHONE);
		await signIn(clerk, 'tianhe', '/submit');
		const { page } = clerk;
		expect(await text(page, 'h1')).toBe(zh.submitTitle);
		expect(await page.locator('ul.rounds li').allTextContents()).toContain(String(YEAR));
		const template = await downloaded(clerk, 'a[href^="/templates/hospital.xlsx"]');
		expect(template.bytes.subarray(0, 2).toString()).toBe('PK');
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(template.bytes as unknown as ArrayBuffer);
		const header = (book.worksheets[0].getRow(1).values as unknown[]).map(String);
		expect(header).toContain('行政区划代码');
		expect(await sideways(page)).toBe(0);
		expect(clerk.problems).toEqual([]);
	});

	it('2. a file with two errors: listed by row and column in Chinese, downloadable, nothing stored', async () => {
		const before = await submissionCount();
		const { page } = clerk;
		const uploads: string[] = [];
		page.on('request', (r) => {
			if (r.url().endsWith('/submit/upload')) uploads.push(r.headers()['accept'] ?? '');
		});
		const bad = clerkFile(
			[FIRST, SECOND, THIRD],
			[
				[FIRST, '远程医疗', 'maybe'],
				[SECOND, '行政区划代码', '999999']
			]
		);
		await upload(clerk, '天河区医院.csv', bad);
		// By script: the page asked for the check's progress lines.
		expect(uploads).toEqual(['application/x-ndjson']);
		expect(await text(page, 'h1')).toBe(zh.stagedTitle);
		expect(await text(page, '#issue-report-title')).toBe(zh.issueReportTitle);
		const listed = await cells(page, '.issue-report tbody tr');
		expect(listed.map(([rows, column, value]) => [rows, column, value]).sort()).toEqual(
			[
				['2', '远程医疗', 'maybe'],
				['3', '行政区划代码', '999999']
			].sort()
		);
		expect(await sideways(page)).toBe(0);

		const csv = await downloaded(clerk, '.issue-report a[href$="errors.csv"]');
		const csvText = csv.bytes.toString('utf8');
		expect(csvText.charCodeAt(0)).toBe(0xfeff);
		expect(csvText).toContain('远程医疗');
		expect(csvText).toContain('行政区划代码');
		expect(csvText).toContain('maybe');
		const xlsx = await downloaded(clerk, '.issue-report a[href$="errors.xlsx"]');
		expect(xlsx.bytes.subarray(0, 2).toString()).toBe('PK');

		expect(await submissionCount()).toBe(before);
		expect(clerk.problems).toEqual([]);
	});

	it('3. the fixed file previews its counts, a score change and the warnings; confirmed, it waits for review', async () => {
		const { page } = clerk;
		const before = await submissionCount();
		// One hospital's IT staff five times 2024's (a jump), and the second hospital left out.
		await upload(
			clerk,
			'天河区医院-更正.csv',
			clerkFile([FIRST, THIRD], [[FIRST, STAFF, String(staffBefore * 5)]])
		);
		expect(await text(page, '[data-count=rows]')).toBe('2');
		expect(await text(page, '#preview-title')).toBe(zh.previewTitle);
		const headings = await page.locator('.preview h4').allTextContents();
		expect(headings.some((h) => h.startsWith(zh.previewRule_jump))).toBe(true);
		expect(headings.some((h) => h.startsWith(zh.previewRule_missing))).toBe(true);
		const jump = await page.locator('.preview tr', { hasText: FIRST }).allTextContents();
		expect(jump.some((r) => r.includes(STAFF) && r.includes(String(staffBefore * 5)))).toBe(true);
		expect(await page.locator('.preview tr', { hasText: SECOND }).count()).toBeGreaterThan(0);
		// Tianhe's own score, before → after: its hospitals join the county's.
		const county = await cells(page, `.preview tbody tr:has(small:text-is("${TIANHE}"))`);
		expect(county.length).toBeGreaterThan(0);
		const [, was, now] = county[0];
		expect(now).toMatch(/\d/);
		expect(now).not.toBe(was);
		expect(await sideways(page)).toBe(0);
		expect(await submissionCount()).toBe(before);

		returnedId = await confirm(clerk);
		expect(await text(page, '.badge')).toBe(zh.reviewStatus_submitted);
		// Its rows: the respondent's id alone in its cell (the preview's tables name it beside the name).
		expect(await page.locator(`td:text-is("${FIRST}")`).count()).toBe(1);
		expect(await sideways(page)).toBe(0);
		expect(await submissionCount()).toBe(before + 1);
		expect(clerk.problems).toEqual([]);
	});

	it('4. the reviewer finds it in the queue and returns it with a comment (English)', async () => {
		reviewer = await watchedPage(browser, app.base, 'en-US', LAPTOP);
		await signIn(reviewer, 'guangzhou');
		const { page } = reviewer;
		await page.goto('/review');
		await reviewer.idle();
		expect(await text(page, 'h1')).toBe(en.reviewTitle);
		await Promise.all([
			page.waitForURL(`**/submissions/${returnedId}`),
			page.click(`a[href$="/submissions/${returnedId}"]`)
		]);
		await reviewer.idle();
		expect(await text(page, '.badge')).toBe(en.reviewStatus_submitted);
		await page.fill('form[action="?/return"] textarea', comment);
		await Promise.all([page.waitForLoadState('load'), page.click('form[action="?/return"] button')]);
		await reviewer.idle();
		expect(await page.locator('[role=status]').last().textContent()).toContain(en.reviewDone_return);
		expect(await text(page, '.badge')).toBe(en.reviewStatus_returned);
		expect(reviewer.problems).toEqual([]);
	});

	it('5. the clerk reads the comment, corrects the file and submits again', async () => {
		const { page } = clerk;
		await page.goto('/submissions');
		await clerk.idle();
		expect(await text(page, 'h1')).toBe(zh.historyTitle);
		expect(await page.locator('td.comment', { hasText: comment }).count()).toBe(1);
		expect(await sideways(page)).toBe(0);
		await page.goto(`/submissions/${returnedId}`);
		await clerk.idle();
		expect(await text(page, '[data-review-comment]')).toBe(comment);
		expect(await text(page, '.badge')).toBe(zh.reviewStatus_returned);
		expect(await sideways(page)).toBe(0);

		// The staff number back to a plausible one; the second hospital still left out.
		await upload(
			clerk,
			'天河区医院-再次更正.csv',
			clerkFile([FIRST, THIRD], [[FIRST, STAFF, String(staffBefore + 1)]])
		);
		const headings = await page.locator('.preview h4').allTextContents();
		expect(headings.some((h) => h.startsWith(zh.previewRule_jump))).toBe(false);
		approvedId = await confirm(clerk);
		expect(approvedId).not.toBe(returnedId);
		expect(await text(page, '.badge')).toBe(zh.reviewStatus_submitted);
		expect(clerk.problems).toEqual([]);
	});

	it('6. the reviewer approves the new submission', async () => {
		const { page } = reviewer;
		await page.goto('/review');
		await reviewer.idle();
		expect(await page.locator(`a[href$="/submissions/${approvedId}"]`).count()).toBe(1);
		await page.goto(`/submissions/${approvedId}`);
		await reviewer.idle();
		await Promise.all([page.waitForLoadState('load'), page.click('form[action="?/approve"] button')]);
		await reviewer.idle();
		expect(await page.locator('[role=status]').last().textContent()).toContain(en.reviewDone_approve);
		expect(await text(page, '.badge')).toBe(en.reviewStatus_approved);
		expect(reviewer.problems).toEqual([]);
	});

	it(`7. completeness for ${YEAR} counts Tianhe's hospitals, the one left out as not started`, async () => {
		const { page } = reviewer;
		await page.goto(`/completeness?year=${YEAR}`);
		await reviewer.idle();
		expect(await text(page, 'h1')).toBe(en.completenessTitle);
		const missing = await page
			.locator('table:has(caption:text-is("' + en.completenessMissing + '")) tbody th')
			.allTextContents();
		expect(missing).toContain(nameOf(SECOND));
		expect(missing).not.toContain(nameOf(FIRST));
		expect(missing).not.toContain(nameOf(THIRD));
		// Guangzhou's line in the table after the map (the cities of the reviewer's scope): nothing
		// waits for review or came back, and the units not started are those listed as missing.
		const [city] = await page
			.locator('table:has(caption:text-is("' + (await text(page, '.pair + h2')) + '")) tbody tr')
			.evaluateAll((rows) =>
				rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim()))
			);
		const [, , , submitted, returned, notStarted] = city;
		expect([submitted, returned, notStarted]).toEqual(['0', '0', String(missing.length)]);
		expect(reviewer.problems).toEqual([]);
	});

	it(`8. the admin closes and publishes ${YEAR}; the dashboard counts the clerk's hospitals`, async () => {
		const admin = await watchedPage(browser, app.base, 'en-US', LAPTOP);
		try {
			await signIn(admin, 'admin');
			const { page } = admin;
			await page.goto('/admin/rounds');
			await admin.idle();
			const move = (m: string) => `tr:has(td:text-is("${YEAR}")) form:has(input[name=move][value=${m}])`;
			await Promise.all([page.waitForLoadState('load'), page.click(`${move('close')} button`)]);
			await admin.idle();
			await page.check(`${move('publish')} input[name=confirm]`);
			await Promise.all([page.waitForLoadState('load'), page.click(`${move('publish')} button`)]);
			await admin.idle();
			expect(await page.locator(`${move('publish')}`).count()).toBe(0);

			// The approval made the round's scores stale: the server's runner scores it again.
			// The health check says when its queue is empty; the export, read only then, whether the
			// run that holds the clerk's hospitals is in (docs/operations.md, Background scoring).
			let respondents: Record<string, string>[] = [];
			for (let i = 0; i < 240; i++) {
				const health = (await (await fetch(`${app.base}/api/v1/health`)).json()) as {
					scoring: { queued: number; running: number; failed: unknown[] };
				};
				expect(health.scoring.failed).toEqual([]);
				if (health.scoring.queued + health.scoring.running === 0) {
					respondents = await exportRows(app, 'respondents', YEAR);
					if (respondents.some((r) => r.respondent_id === FIRST)) break;
				}
				await new Promise((r) => setTimeout(r, 500));
			}
			const ids = respondents.map((r) => r.respondent_id);
			expect(ids).toContain(FIRST);
			expect(ids).toContain(THIRD);
			expect(ids).not.toContain(SECOND);
			const guangdong = (await exportRows(app, 'provinces', YEAR)).find((p) => p.province_code === '44')!;
			expect(Number(guangdong.respondents)).toBe(respondents.filter((r) => r.province_code === '44').length);

			await page.goto(`/province/44?year=${YEAR}&lang=en`);
			await admin.idle();
			expect(await text(page, 'p.lead')).toContain(
				`${en.respondents}: ${formatCount(Number(guangdong.respondents), 'en')}`
			);
			expect(admin.problems).toEqual([]);
		} finally {
			await admin.context.close();
		}
	});
});

describe('the same upload without JavaScript', () => {
	const NEXT = YEAR + 1;
	let open: WatchedPage;

	beforeAll(async () => {
		expect((await himap(['round', 'open', String(NEXT), '--db', db.url])).code).toBe(0);
		open = await watchedPage(browser, app.base, 'zh-CN', PHONE, { javaScriptEnabled: false });
	});
	afterAll(async () => {
		await open?.context.close();
	});
	// With scripts off Chromium refuses the page's module preloads, and reports each as blocked by
	// "csp": the page asked for nothing that went wrong.
	const problems = () =>
		open.problems.filter((p) => !/^request failed: \S+\/_app\/immutable\/\S+\.js \(csp\)$/.test(p));

	it('a good file posts as a plain form, previews, and is stored as submitted', async () => {
		await signIn(open, 'tianhe', '/submit');
		const { page } = open;
		const uploads: string[] = [];
		page.on('request', (r) => {
			if (r.url().endsWith('/submit/upload')) uploads.push(r.method());
		});
		const before = await submissionCount();
		await upload(open, '天河区医院-下一年.csv', clerkFile([FIRST, SECOND, THIRD], [], NEXT));
		expect(uploads).toEqual(['POST']);
		expect(await text(page, '[data-count=rows]')).toBe('3');
		expect(await sideways(page)).toBe(0);
		const id = await confirm(open);
		expect(await text(page, '.badge')).toBe(zh.reviewStatus_submitted);
		expect(await sideways(page)).toBe(0);
		expect(await submissionCount()).toBe(before + 1);
		const stored = await database.db
			.selectFrom('submissions')
			.select(['status', 'years', 'row_count'])
			.where('id', '=', id)
			.executeTakeFirstOrThrow();
		expect(stored).toEqual({ status: 'submitted', years: String(NEXT), row_count: 3 });
		expect(problems()).toEqual([]);
	});

	it('a bad number shows its row and column, and nothing is stored', async () => {
		const { page } = open;
		const before = await submissionCount();
		await upload(
			open,
			'天河区医院-有误.csv',
			clerkFile([FIRST, SECOND, THIRD], [[THIRD, STAFF, '十个']], NEXT)
		);
		expect(await text(page, 'h1')).toBe(zh.stagedTitle);
		expect(await text(page, '.note.bad')).toBe(format(zh.stagedErrors, { count: 1 }));
		const listed = await cells(page, '.issue-report tbody tr');
		expect(listed.map(([rows, column, value]) => [rows, column, value])).toEqual([['4', STAFF, '十个']]);
		expect(await sideways(page)).toBe(0);
		expect(await submissionCount()).toBe(before);
		expect(problems()).toEqual([]);
	});
});
