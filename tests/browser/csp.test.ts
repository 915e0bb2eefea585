/**
 * The Content-Security-Policy in Chromium (docs/security.md, Response headers): every page at
 * 390 px, in both languages, rendered and then from the page cache, signed in or not, runs under
 * the policy the app sends without one violation — no `securitypolicyviolation` event in any
 * frame, no console message about the policy — while its charts and the map draw, the downloads
 * (blob: URLs) arrive, client-side navigation works, and an embed shows in another site's frame.
 * One browser, one seeded app, one page for all of it.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { MESSAGES } from '../../src/lib/i18n/messages.ts';
import { startApp, type AppServer } from '../helpers/app-server.ts';
import { launchChromium, PHONE, watchedPage, type WatchedPage } from '../helpers/browser.ts';
import type { TestDatabase } from '../helpers/databases.ts';
import { demoDatabase } from '../helpers/demo-database.ts';
import { CHARTS, chartsDrawn, readMap } from '../helpers/live-chart.ts';

const PASSWORD = 'correct horse battery staple';

/** Each page and how many charts it draws. */
const PAGES: [path: string, charts: number][] = [
	['/', 2],
	['/?view=map', 2],
	['/?view=chart', 2],
	['/cities', 0],
	['/compare?p=11,31,44', 2],
	['/disparities', 4],
	['/methodology', 0],
	['/data', 0],
	['/province/51', 3],
	['/province/51/brief', 1],
	['/embed/map', 1],
	['/embed/ranking', 1],
	['/embed/province-radar?province=44', 1],
	['/login', 0]
];

let db: TestDatabase;
let app: AppServer;
let browser: Browser;
let watched: WatchedPage;
let page: Page;
/** What broke the policy since the last check: violation events and the console's words on it. */
const violations: string[] = [];

const withLang = (path: string, lang: string) => `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;

/** Goes to `path`, waits for its charts, and says how many it drew. */
async function visit(path: string): Promise<number> {
	await page.goto(path);
	// Drawn means hydrated, ECharts loaded and every request a chart makes (the map's GeoJSON) done.
	await chartsDrawn(page);
	return page.locator(`${CHARTS} canvas`).count();
}

beforeAll(async () => {
	db = await demoDatabase('sqlite');
	const code = await run(['user', 'add', 'reader', '--role', 'viewer', '--password-stdin', '--db', db.url], {
		out: () => {},
		err: () => {},
		stdin: Readable.from([Buffer.from(`${PASSWORD}\n`)])
	});
	expect(code).toBe(0);
	app = await startApp(db);
	browser = await launchChromium();
	watched = await watchedPage(browser, app.base, 'en-US', PHONE);
	page = watched.page;
	const { context } = watched;
	await context.exposeBinding('__himapViolation', (_source, text: string) => void violations.push(text));
	// In every frame, before the page's own scripts.
	await context.addInitScript(() =>
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { __himapViolation(text: string): void }).__himapViolation(
				`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`
			)
		)
	);
	page.on('console', (message) => {
		if (/content.security.policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
	});
});
beforeEach(() => {
	violations.length = 0;
	watched.problems.length = 0;
});
afterAll(async () => {
	await browser?.close();
	await app?.stop();
	await db?.drop();
});

describe('under the Content-Security-Policy', () => {
	it('every page in both languages draws its charts with no violation', async () => {
		for (const lang of ['en', 'zh-CN'])
			for (const [path, charts] of PAGES) {
				expect(await visit(withLang(path, lang)), `${path} ${lang}`).toBe(charts);
				expect(violations, `${path} ${lang}`).toEqual([]);
			}
		// The map really drawn: its regions registered from /geo/china.json and painted in colours.
		await visit('/?view=map&lang=en');
		const map = await readMap(page);
		expect(map.items.length).toBeGreaterThanOrEqual(31);
		expect(map.distinctColours).toBeGreaterThan(5);
		expect(watched.problems).toEqual([]);
	});

	// What differs from a rendered page is only where the bytes and headers came from: the inline
	// script and the stylesheets are checked here; the charts then run the same code as above.
	it('every page again, from the page cache: its inline script runs, no violation', async () => {
		const hits = () =>
			app
				.log()
				.split('\n')
				.filter((line) => line.includes('"cache":"hit"')).length;
		const before = hits();
		for (const lang of ['en', 'zh-CN'])
			for (const [path] of PAGES) {
				// Parsed is enough: the inline script runs during parsing, the stylesheets are asked for then.
				await page.goto(withLang(path, lang), { waitUntil: 'domcontentloaded' });
				// SvelteKit's inline script sets a global first thing: it ran, so its hash was allowed.
				const started = await page.evaluate(() =>
					Object.keys(window).some((k) => k.startsWith('__sveltekit_'))
				);
				expect(started, `${path} ${lang}`).toBe(true);
				expect(violations, `${path} ${lang}`).toEqual([]);
			}
		await watched.idle();
		expect(violations).toEqual([]);
		// Every page but the sign-in page (never kept) came from the cache.
		expect(hits() - before).toBe(2 * (PAGES.length - 1));
	});

	it('downloads a chart as PNG and SVG and its data as CSV (blob: URLs), and shows tooltips', async () => {
		const t = MESSAGES.en;
		for (const path of ['/?view=map&lang=en', '/?view=chart&lang=en']) {
			await visit(path);
			const figure = page.locator('.chart-figure').first();
			const files: [string, (bytes: Buffer) => boolean][] = [
				[t.downloadPng, (bytes) => bytes.subarray(1, 4).toString('latin1') === 'PNG'],
				[t.downloadSvg, (bytes) => bytes.toString('utf8').startsWith('<svg')],
				[t.downloadCsv, (bytes) => bytes.toString('utf8').startsWith('\uFEFF#')]
			];
			for (const [button, looksRight] of files) {
				const [download] = await Promise.all([
					page.waitForEvent('download'),
					figure.getByRole('button', { name: button }).click()
				]);
				const chunks: Buffer[] = [];
				for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
				expect(looksRight(Buffer.concat(chunks)), `${path} ${button}`).toBe(true);
			}
			// A tooltip is a box ECharts styles at run time.
			const box = (await figure.locator(CHARTS).boundingBox())!;
			await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
			await page.mouse.move(box.x + box.width / 2 + 5, box.y + box.height / 3 + 5);
			await page.waitForTimeout(200);
		}
		expect(violations).toEqual([]);
		expect(watched.problems).toEqual([]);
	});

	it('navigates client-side from page to page', async () => {
		await visit('/?lang=en');
		await page.evaluate(() => ((window as unknown as { __loaded: boolean }).__loaded = true));
		for (const path of ['/cities', '/compare', '/disparities', '/methodology', '/data', '/']) {
			await page.locator(`nav a[href="${path}"], nav a[href^="${path}?"]`).first().click();
			await page.waitForURL((url) => url.pathname === path);
			await chartsDrawn(page);
			await watched.idle();
		}
		// Still the first document: every step was SvelteKit's router, not a page load.
		expect(await page.evaluate(() => (window as unknown as { __loaded?: boolean }).__loaded)).toBe(true);
		expect(violations).toEqual([]);
		expect(watched.problems).toEqual([]);
	});

	it('signs in with the form, shows the account, and the 403 page built in the hook keeps its style', async () => {
		for (const lang of ['en', 'zh-CN']) {
			await page.goto(`/login?next=${encodeURIComponent(`/account?lang=${lang}`)}&lang=${lang}`);
			if (lang === 'en') {
				await page.locator('input[name="login"]').fill('reader');
				await page.locator('input[name="password"]').fill(PASSWORD);
				await Promise.all([
					page.waitForURL((url) => url.pathname === '/account'),
					page.locator('form button[type="submit"]').click()
				]);
			} else await page.goto(`/account?lang=${lang}`);
			await watched.idle();
			expect(new URL(page.url()).pathname).toBe('/account');
			expect(await page.locator('main').innerText()).toContain('reader');
		}
		const refused = await page.goto('/admin');
		expect(refused?.status()).toBe(403);
		expect(await page.evaluate(() => getComputedStyle(document.body).maxWidth)).toBe('640px');
		expect(violations).toEqual([]);
		expect(watched.problems.filter((p) => !p.includes(`${app.base}/admin`))).toEqual([]);
	});

	it("shows an embed in another site's frame, and no other page", async () => {
		const site = createServer((_, res) =>
			res
				.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
				.end(
					`<!doctype html><iframe id="embed" src="${app.base}/embed/ranking?lang=en"></iframe>` +
						`<iframe id="page" src="${app.base}/cities?lang=en"></iframe>`
				)
		);
		await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
		try {
			await page.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/`);
			const embed = page.frameLocator('#embed');
			await expect.poll(() => embed.locator(`${CHARTS} canvas`).count()).toBe(1);
			await watched.idle();
			// The dashboard page is refused its frame: Chromium says so, naming frame-ancestors.
			expect(page.frame({ name: 'page' })?.url()).toMatch(/^chrome-error:/);
			expect(violations.length).toBeGreaterThan(0);
			expect(violations.every((v) => v.includes("frame-ancestors 'none'"))).toBe(true);
		} finally {
			site.close();
		}
	});
});
