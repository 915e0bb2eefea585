/**
 * The upload page in Chromium, both languages, on a phone (390 px) and a laptop (1366 px): a
 * county clerk uploads a file with errors and a good one; the page's script sends each by
 * XMLHttpRequest (asking for the check's progress lines) and lands on the check's page, which
 * neither scrolls sideways nor shows any error of its own. Screenshots go to
 * test-results/screenshots/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, MESSAGES } from '../../src/lib/i18n/messages.ts';
import { himap } from '../fixtures/cli.ts';
import { buildTable, set, toText } from '../fixtures/survey-builders.ts';
import { startApp, type AppServer } from '../helpers/app-server.ts';
import { LAPTOP, launchChromium, PHONE, watchedPage } from '../helpers/browser.ts';
import { freshDatabase, type TestDatabase } from '../helpers/databases.ts';
import { addUserByCli, PASSWORD } from '../helpers/form-client.ts';

const SCREENSHOTS = 'test-results/screenshots';

let db: TestDatabase;
let app: AppServer;
let browser: Browser;

beforeAll(async () => {
	db = await freshDatabase('sqlite');
	await addUserByCli(db.url, 'tianhe', 'submitter', '440106');
	expect((await himap(['round', 'open', '2024', '--db', db.url])).code).toBe(0);
	app = await startApp(db);
	browser = await launchChromium();
	mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
	await browser?.close();
	await app?.stop();
	await db?.drop();
});

const hospitals = (prefix: string) =>
	buildTable({ template: 'hospital', rows: 5, year: 2024, idPrefix: prefix });

describe.each(LOCALES.flatMap((locale) => [PHONE, LAPTOP].map((screen) => [locale, screen] as const)))(
	'the upload page in %s at %o',
	(locale, screen) => {
		const t = MESSAGES[locale];

		it('uploads by script, lands on the check, and fits the screen', async () => {
			const open = await watchedPage(browser, app.base, locale === 'en' ? 'en-US' : 'zh-CN', screen);
			const { page, problems } = open;
			const progressAsked: string[] = [];
			page.on('request', (r) => {
				if (r.url().endsWith('/submit/upload')) progressAsked.push(r.headers()['accept'] ?? '');
			});
			const sideways = () =>
				page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			const shot = (name: string) =>
				page.screenshot({
					path: `${SCREENSHOTS}/submit-${name}-${locale}-${screen.width}.png`,
					fullPage: true
				});
			try {
				await page.goto('/login?next=/submit');
				await open.idle();
				await page.fill('input[name=login]', 'tianhe');
				await page.fill('input[name=password]', PASSWORD);
				await Promise.all([page.waitForURL('**/submit'), page.click('button[type=submit]')]);
				await open.idle();
				expect(await page.locator('h1').textContent()).toBe(t.submitTitle);
				expect(await sideways()).toBe(0);
				await shot('form');

				const bad = set(set(hospitals(`B${screen.width}`), 3, 'it_staff', 'many'), 4, 'grade', 'first class');
				await page.setInputFiles('input[type=file]', {
					name: 'errors.csv',
					mimeType: 'text/csv',
					buffer: Buffer.from(toText(bad))
				});
				await Promise.all([page.waitForURL(/\/submit\/[0-9a-f]{32}$/), page.click('form.upload button')]);
				await open.idle();
				expect(await page.locator('h1').textContent()).toBe(t.stagedTitle);
				expect(await page.locator('.issue-report tbody tr').count()).toBe(2);
				expect(await sideways()).toBe(0);
				await shot('errors');

				await page.goto('/submit');
				await open.idle();
				await page.setInputFiles('input[type=file]', {
					name: 'good.csv',
					mimeType: 'text/csv',
					buffer: Buffer.from(toText(hospitals(`G${screen.width}`)))
				});
				await Promise.all([page.waitForURL(/\/submit\/[0-9a-f]{32}$/), page.click('form.upload button')]);
				await open.idle();
				expect(await page.locator('[data-count=rows]').textContent()).toBe('5');
				expect(await sideways()).toBe(0);
				await shot('preview');
				await Promise.all([
					page.waitForURL('**/submit?cancelled'),
					page.click('form[action*=cancel] button')
				]);
				await open.idle();
				expect(await page.locator('[role=status]').first().textContent()).toBe(t.submitCancelled);

				expect(progressAsked).toEqual(['application/x-ndjson', 'application/x-ndjson']);
				expect(problems).toEqual([]);
			} finally {
				await open.context.close();
			}
		});
	}
);
