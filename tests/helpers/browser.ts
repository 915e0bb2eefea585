/**
 * Debian's Chromium driven by playwright-core (no downloaded browsers), and what a page did wrong
 * while a test looked at it. scripts/ensure-browser.sh installs Chromium and a CJK font; the browser
 * tier is never skipped: without Chromium the tests fail and say how to get it.
 */
import { existsSync, mkdirSync } from 'node:fs';
import {
	chromium,
	type Browser,
	type BrowserContext,
	type BrowserContextOptions,
	type Page,
	type Request
} from 'playwright-core';

export const CHROMIUM = process.env.HIMAP_CHROMIUM ?? '/usr/bin/chromium';

/** A 1366×768 laptop screen. */
export const LAPTOP = { width: 1366, height: 768 };
/** A 390×844 phone held upright: the narrowest screen the dashboard is laid out for. */
export const PHONE = { width: 390, height: 844 };

/**
 * Full-page screenshots for a person to look at, in test-results/screenshots/. A tall page at a
 * phone's width takes Chromium seconds to capture, and nothing checks the pictures: the pages test
 * keeps one of every page in both languages at 1366×768 (README, Tests); the others, at 390 px and
 * of the admin pages, only when HIMAP_SCREENSHOTS=all. HIMAP_SCREENSHOTS=none takes none.
 */
export const SCREENSHOTS = 'test-results/screenshots';
const SHOTS = process.env.HIMAP_SCREENSHOTS ?? 'laptop';

/** Saves a full-page screenshot as `name`.png when asked for: `extra` ones only with HIMAP_SCREENSHOTS=all. */
export async function screenshot(page: Page, name: string, extra = false): Promise<void> {
	if (SHOTS === 'none' || (extra && SHOTS !== 'all')) return;
	mkdirSync(SCREENSHOTS, { recursive: true });
	await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

export async function launchChromium(): Promise<Browser> {
	if (!existsSync(CHROMIUM))
		throw new Error(
			`Chromium is not at ${CHROMIUM}: run \`bash scripts/ensure-browser.sh\` (as root it installs it), or set HIMAP_CHROMIUM.`
		);
	return chromium.launch({
		executablePath: CHROMIUM,
		headless: true,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run'
		]
	});
}

export interface WatchedPage {
	context: BrowserContext;
	page: Page;
	/** Console errors, uncaught exceptions, failed requests and HTTP errors, in order. */
	problems: string[];
	/**
	 * Resolves once no request has been in flight for 300 ms. Call it before navigating away, as a
	 * reader would wait for the page: leaving earlier aborts its requests, which count as problems.
	 */
	idle(): Promise<void>;
}

/**
 * A page in a fresh context (no cookies) that records everything that went wrong. `locale` sets
 * the browser's Accept-Language; `options` go to the context (`javaScriptEnabled: false`, say).
 */
export async function watchedPage(
	browser: Browser,
	base: string,
	locale = 'en-US',
	viewport = LAPTOP,
	options: BrowserContextOptions = {}
): Promise<WatchedPage> {
	const context = await browser.newContext({
		baseURL: base,
		viewport,
		deviceScaleFactor: 1,
		locale,
		...options
	});
	const page = await context.newPage();
	const problems: string[] = [];
	let inFlight = 0;
	let lastChange = Date.now();
	const settle = (step: number) => {
		inFlight += step;
		lastChange = Date.now();
	};
	page.on('request', () => settle(1));
	page.on('requestfinished', () => settle(-1));
	page.on('requestfailed', () => settle(-1));
	const idle = async () => {
		while (inFlight > 0 || Date.now() - lastChange < 300) await new Promise((r) => setTimeout(r, 50));
	};
	page.on('console', (message) => {
		if (message.type() === 'error')
			problems.push(`console error: ${message.text()} (${message.location().url})`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	// Chromium sometimes reports a fetch as aborted after its whole body has arrived (seen on
	// SvelteKit's __data.json: every byte of content-length received, then "canceled"). So an
	// abort after the server answered is not counted; a request that got no answer is.
	const answered = new WeakSet<Request>();
	page.on('response', (response) => {
		answered.add(response.request());
		if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	page.on('requestfailed', (request) => {
		const error = request.failure()?.errorText;
		if (error === 'net::ERR_ABORTED' && answered.has(request)) return;
		problems.push(`request failed: ${request.url()} (${error})`);
	});
	return { context, page, problems, idle };
}
