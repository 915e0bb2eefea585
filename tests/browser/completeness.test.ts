/**
 * The round-completeness page in Chromium over the seeded demo (its rounds published, every unit
 * approved), on a phone (390 px), once per language: signed in as an admin, the page draws its
 * map, nothing goes wrong, and nothing scrolls the page sideways — the tables scroll in their own
 * box. A full-page screenshot goes to test-results/screenshots/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, MESSAGES } from '../../src/lib/i18n/messages.ts';
import { startSeededApp, type AppServer } from '../helpers/app-server.ts';
import { launchChromium, PHONE, watchedPage } from '../helpers/browser.ts';
import { addUserByCli, formClient } from '../helpers/form-client.ts';

const SCREENSHOTS = 'test-results/screenshots';

let app: AppServer;
let browser: Browser;
let cookie: string;

beforeAll(async () => {
	app = await startSeededApp();
	await addUserByCli(app.db.url, 'boss', 'admin');
	cookie = await formClient(app.base).signIn('boss');
	browser = await launchChromium();
	mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

describe.each(LOCALES)('the completeness page in %s at 390 px', (locale) => {
	it('draws its map without sideways scrolling or errors', async () => {
		const open = await watchedPage(browser, app.base, locale === 'en' ? 'en-US' : 'zh-CN', PHONE);
		const { page, problems } = open;
		try {
			const [name, value] = cookie.split('=');
			await open.context.addCookies([{ name, value, url: app.base }]);
			await page.goto(`/completeness?lang=${locale}`);
			await page.locator('.chart canvas, .chart svg').first().waitFor();
			await open.idle();
			expect(await page.locator('h1').textContent()).toBe(MESSAGES[locale].completenessTitle);
			const sideways = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(sideways).toBe(0);
			await page.screenshot({ path: `${SCREENSHOTS}/completeness-${locale}-390.png`, fullPage: true });
			expect(problems).toEqual([]);
		} finally {
			await open.context.close();
		}
	});
});
