/**
 * The review pages in Chromium, over the seeded demo database, in both languages on a phone
 * (390 px) and a laptop (1366 px): Guangzhou's reviewer reads the queue and a submission and
 * returns it with a comment through the page's form; the Tianhe clerk reads it in its history and
 * on the submission's page. Each page shows its heading, nothing goes wrong, and nothing scrolls
 * the page sideways. Screenshots go to test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { format, LOCALES, MESSAGES } from '../../src/lib/i18n/messages.ts';
import { himap } from '../fixtures/cli.ts';
import { buildTable, toText } from '../fixtures/survey-builders.ts';
import { startSeededApp, type AppServer } from '../helpers/app-server.ts';
import { LAPTOP, launchChromium, PHONE, watchedPage, type WatchedPage } from '../helpers/browser.ts';
import { addUserByCli, formClient, PASSWORD } from '../helpers/form-client.ts';

const SCREENSHOTS = 'test-results/screenshots';

let app: AppServer;
let browser: Browser;

/** Submits a 2025 file of Tianhe's hospitals as the clerk; its submission id. */
async function submitAsClerk(prefix: string): Promise<number> {
	const cookie = await formClient(app.base).signIn('tianhe');
	const form = new FormData();
	const file = toText(buildTable({ template: 'hospital', rows: 3, year: 2025, idPrefix: prefix }));
	form.set('file', new Blob([file], { type: 'text/csv' }), `tianhe-${prefix}.csv`);
	const r = await fetch(`${app.base}/api/v1/submissions`, {
		method: 'POST',
		headers: { cookie, origin: app.base },
		body: form
	});
	expect(r.status, await r.clone().text()).toBe(201);
	return ((await r.json()) as { submission: { submissionId: number } }).submission.submissionId;
}

beforeAll(async () => {
	app = await startSeededApp();
	await addUserByCli(app.db.url, 'tianhe', 'submitter', '440106');
	await addUserByCli(app.db.url, 'gz', 'reviewer', '440100');
	expect((await himap(['round', 'open', '2025', '--db', app.db.url])).code).toBe(0);
	browser = await launchChromium();
	mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

/** How far the page scrolls sideways, and the first elements that reach past its edge (to say which). */
const sideways = async (page: Page) => {
	const { by, past } = await page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const past = [...document.querySelectorAll('body *')]
			.filter((e) => e.getBoundingClientRect().right > width + 1 && !e.closest('.table-scroll'))
			.slice(0, 5)
			.map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
		return { by: document.documentElement.scrollWidth - width, past };
	});
	return by === 0 ? 0 : `${by}px: ${past.join(', ')}`;
};

async function signIn(open: WatchedPage, login: string) {
	const { page } = open;
	await page.goto('/login');
	await open.idle();
	await page.fill('input[name=login]', login);
	await page.fill('input[name=password]', PASSWORD);
	await Promise.all([page.waitForURL('**/account'), page.click('button[type=submit]')]);
	await open.idle();
}

describe.each(LOCALES.flatMap((locale) => [PHONE, LAPTOP].map((screen) => [locale, screen] as const)))(
	'review pages in %s at %o',
	(locale, screen) => {
		const t = MESSAGES[locale];
		const comment = `${locale} ${screen.width}: row 3 — telemedicine must be answered; a long sentence that wraps on a phone without pushing the page sideways.`;

		it('return a submission with a comment the clerk reads, without sideways scrolling or errors', async () => {
			const id = await submitAsClerk(`${locale === 'en' ? 'E' : 'Z'}${screen.width}`);
			const shot = (page: Page, name: string) =>
				page.screenshot({
					path: `${SCREENSHOTS}/review-${name}-${locale}-${screen.width}.png`,
					fullPage: true
				});
			const browserLocale = locale === 'en' ? 'en-US' : 'zh-CN';
			const reviewer = await watchedPage(browser, app.base, browserLocale, screen);
			try {
				await signIn(reviewer, 'gz');
				const { page } = reviewer;
				await page.goto('/review');
				await reviewer.idle();
				expect(await page.locator('h1').textContent()).toBe(t.reviewTitle);
				expect(await page.locator(`a[href$="/submissions/${id}"]`).count()).toBe(1);
				expect(await sideways(page)).toBe(0);
				await shot(page, 'queue');
				await page.click(`a[href$="/submissions/${id}"]`);
				await page.waitForURL(`**/submissions/${id}`);
				await reviewer.idle();
				expect(await sideways(page)).toBe(0);
				await shot(page, 'open');
				await page.fill('form[action="?/return"] textarea', comment);
				await Promise.all([page.waitForLoadState('load'), page.click('form[action="?/return"] button')]);
				await reviewer.idle();
				expect(await page.locator('[role=status]').last().textContent()).toContain(t.reviewDone_return);
				expect(reviewer.problems).toEqual([]);
			} finally {
				await reviewer.context.close();
			}

			const clerk = await watchedPage(browser, app.base, browserLocale, screen);
			try {
				await signIn(clerk, 'tianhe');
				const { page } = clerk;
				await page.goto('/submissions');
				await clerk.idle();
				expect(await page.locator('h1').textContent()).toBe(t.historyTitle);
				expect(await page.locator('td.comment', { hasText: comment }).count()).toBe(1);
				expect(await sideways(page)).toBe(0);
				await shot(page, 'history');
				await page.goto(`/submissions/${id}`);
				await clerk.idle();
				expect(await page.locator('[data-review-comment]').textContent()).toBe(comment);
				expect(await page.locator('.notice.returned strong').textContent()).toContain(
					format(t.recordReturned, { login: 'gz', at: '' }).split(' ')[0]
				);
				expect(await sideways(page)).toBe(0);
				await shot(page, 'returned');
				expect(clerk.problems).toEqual([]);
			} finally {
				await clerk.context.close();
			}
		});
	}
);
