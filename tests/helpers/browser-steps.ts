/**
 * Steps a browser test takes on the submit and review pages (tests/browser/submit-review.test.ts):
 * sign in through the form, upload a file on /submit and land on its check, confirm, download a
 * link's file, and read what a page shows — and whether it scrolls sideways.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import type { WatchedPage } from './browser.ts';
import { PASSWORD } from './form-client.ts';

/** How far the page scrolls sideways, and the first elements past its edge (to say which). */
export async function sideways(page: Page): Promise<0 | string> {
	const { by, past } = await page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const past = [...document.querySelectorAll('body *')]
			.filter((e) => e.getBoundingClientRect().right > width + 1 && !e.closest('.table-scroll'))
			.slice(0, 5)
			.map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
		return { by: document.documentElement.scrollWidth - width, past };
	});
	return by === 0 ? 0 : `${by}px: ${past.join(', ')}`;
}

export async function signIn(open: WatchedPage, login: string, next?: string) {
	const { page } = open;
	await page.goto(next ? `/login?next=${next}` : '/login');
	await open.idle();
	await page.fill('input[name=login]', login);
	await page.fill('input[name=password]', PASSWORD);
	await Promise.all([page.waitForURL(`**${next ?? '/account'}`), page.click('button[type=submit]')]);
	await open.idle();
}

export async function downloaded(
	open: WatchedPage,
	selector: string
): Promise<{ name: string; bytes: Buffer }> {
	const [download]: [Download, void] = await Promise.all([
		open.page.waitForEvent('download'),
		open.page.click(selector)
	]);
	const path = await download.path();
	await open.idle();
	return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** Uploads `bytes` on /submit and lands on the check's page; its path. */
export async function upload(open: WatchedPage, name: string, bytes: Buffer): Promise<string> {
	const { page } = open;
	await page.goto('/submit');
	await open.idle();
	await page.setInputFiles('input[type=file]', { name, mimeType: 'text/csv', buffer: bytes });
	await Promise.all([page.waitForURL(/\/submit\/[0-9a-f]{32}$/), page.click('form.upload button')]);
	await open.idle();
	return new URL(page.url()).pathname;
}

/** Confirms the preview on the page; the stored submission's id. */
export async function confirm(open: WatchedPage): Promise<number> {
	const { page } = open;
	await Promise.all([page.waitForURL(/\/submissions\/\d+$/), page.click('form[action="?/confirm"] button')]);
	await open.idle();
	return Number(/\/submissions\/(\d+)$/.exec(page.url())![1]);
}

export const text = async (page: Page, selector: string) =>
	((await page.locator(selector).textContent()) ?? '').trim();
export const cells = (page: Page, selector: string) =>
	page
		.locator(selector)
		.evaluateAll((rows) =>
			rows.map((r) => [...r.querySelectorAll('td')].map((c) => (c.textContent ?? '').trim()))
		);
