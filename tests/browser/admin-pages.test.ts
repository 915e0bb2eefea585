/**
 * The administration pages and the API tokens page in Chromium, over the seeded demo database, in
 * both languages on a phone (390 px) and a laptop (1366 px): signed in through the form, each page
 * shows its heading, nothing goes wrong (no console error, failed request or HTTP error), and
 * nothing scrolls the page sideways — wide tables scroll inside their own box. A full-page
 * screenshot of each at both sizes goes to test-results/screenshots/ with HIMAP_SCREENSHOTS=all
 * (tests/helpers/browser.ts).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, MESSAGES } from '../../src/lib/i18n/messages.ts';
import { startSeededApp, type AppServer } from '../helpers/app-server.ts';
import { LAPTOP, launchChromium, PHONE, screenshot, watchedPage } from '../helpers/browser.ts';
import { addUserByCli, PASSWORD } from '../helpers/form-client.ts';

let app: AppServer;
let browser: Browser;

beforeAll(async () => {
	app = await startSeededApp();
	await addUserByCli(app.db.url, 'boss', 'admin');
	await addUserByCli(app.db.url, 'gd-clerk', 'submitter', '440106');
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

/** How far the page reaches past the right edge of the screen: 0 when nothing scrolls sideways. */
const sidewaysScroll = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

// Each page loaded once per language on a phone, then turned to a laptop's width: both sizes seen
// with one sign-in and one load of each page.
describe.each(LOCALES)('admin pages in %s', (locale) => {
	const t = MESSAGES[locale];
	const pages = [
		{ name: 'admin', path: '/admin', heading: t.adminTitle },
		{ name: 'users', path: '/admin/users', heading: t.usersTitle },
		{ name: 'user', path: '/admin/users/gd-clerk', heading: 'gd-clerk' },
		{ name: 'rounds', path: '/admin/rounds', heading: t.roundsTitle },
		{ name: 'audit', path: '/admin/audit', heading: t.auditTitle },
		{ name: 'tokens', path: '/account/tokens', heading: t.tokensTitle }
	];

	it(`shows each page whole at ${PHONE.width} and ${LAPTOP.width} px, without sideways scrolling or errors`, async () => {
		const open = await watchedPage(browser, app.base, locale === 'en' ? 'en-US' : 'zh-CN', PHONE);
		const { page, problems } = open;
		/** At the phone's width, then the laptop's (left there): no sideways scroll, a screenshot of each. */
		const atBothSizes = async (name: string, path: string) => {
			for (const screen of [PHONE, LAPTOP]) {
				await page.setViewportSize(screen);
				expect(await sidewaysScroll(page), `${path} at ${screen.width} px`).toBe(0);
				await screenshot(page, `admin-${name}-${locale}-${screen.width}`, true);
			}
		};
		try {
			await page.goto('/login');
			// Typed before the page has hydrated, the login would be wiped by its `value`.
			await open.idle();
			await page.fill('input[name=login]', 'boss');
			await page.fill('input[name=password]', PASSWORD);
			await Promise.all([page.waitForURL('**/account'), page.click('button[type=submit]')]);
			await open.idle();
			for (const p of pages) {
				await page.setViewportSize(PHONE);
				await page.goto(p.path);
				await open.idle();
				expect(await page.locator('h1').textContent(), p.path).toBe(p.heading);
				await atBothSizes(p.name, p.path);
			}
			// The token made is shown once, with how to use it; the refusals of a form name their field.
			await page.setViewportSize(PHONE);
			await page.fill('input[name=name]', 'nightly R');
			await Promise.all([page.waitForLoadState('load'), page.click('form[action*=create] button')]);
			expect(await page.locator('[data-secret]').textContent()).toMatch(/^himap_/);
			await atBothSizes('token-made', '/account/tokens');
			await open.idle();
			await page.setViewportSize(PHONE);
			await page.goto('/admin/users');
			await page.fill('input[name=login]', 'x');
			await page.fill('input[name=password]', 'short');
			await page.selectOption('select[name=role]', 'submitter');
			await Promise.all([page.waitForLoadState('load'), page.click('form[action*=add] button')]);
			expect(await page.locator('[role=alert]').textContent()).toContain(
				`${t.password}${locale === 'en' ? ':' : '：'}`
			);
			await atBothSizes('user-refused', '/admin/users?/add');
			await open.idle();
			// The refused form answers 400, as it should; nothing else may go wrong.
			expect(problems.filter((p) => !p.includes('/admin/users?/add'))).toEqual([]);
		} finally {
			await open.context.close();
		}
	});
});
