/**
 * Signing in on a slow connection, in Chromium: what the user typed before the page's script
 * arrived is still there once it has (Svelte must not set the fields back to empty while it
 * hydrates), and the form signs in.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSeededApp, type AppServer } from '../helpers/app-server.ts';
import { launchChromium, PHONE, watchedPage } from '../helpers/browser.ts';
import { addUserByCli, PASSWORD } from '../helpers/form-client.ts';

let app: AppServer;
let browser: Browser;

beforeAll(async () => {
	app = await startSeededApp();
	await addUserByCli(app.db.url, 'slow-clerk', 'submitter', '440106');
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

it('keeps what was typed before the page hydrated, and signs in', async () => {
	const open = await watchedPage(browser, app.base, 'en-US', PHONE);
	const { page } = open;
	try {
		let release = () => {};
		const held = new Promise<void>((r) => (release = r));
		// The app's scripts wait until the fields are filled in: a slow phone network, made certain.
		await page.route('**/_app/immutable/**', async (route) => {
			await held;
			await route.continue();
		});
		await page.goto('/login', { waitUntil: 'commit' });
		await page.waitForSelector('input[name=login]');
		await page.fill('input[name=login]', 'slow-clerk');
		await page.fill('input[name=password]', PASSWORD);
		release();
		await open.idle();
		expect(await page.inputValue('input[name=login]')).toBe('slow-clerk');
		expect(await page.inputValue('input[name=password]')).toBe(PASSWORD);
		await Promise.all([page.waitForURL('**/account'), page.click('button[type=submit]')]);
		expect(await page.locator('h1').textContent()).toBe('Your account');
	} finally {
		await page.close();
	}
});
