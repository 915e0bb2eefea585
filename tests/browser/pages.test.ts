/**
 * Every dashboard page in Chromium, in both languages, over the seeded demo database: it shows the
 * demo data (checked against the app's own exports), says the data are synthetic, has a heading,
 * and nothing goes wrong on the way — no console error, no uncaught exception, no failed request,
 * no HTTP error. A full-page screenshot of each at 1366×768 goes to test-results/screenshots/ for
 * a person to look at.
 */
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { format } from '../../src/lib/i18n/format.ts';
import { LOCALES, MESSAGES, type Locale } from '../../src/lib/i18n/messages.ts';
import { rankThresholds } from '../../src/lib/scoring/framework.ts';
import { DEFAULT_FRAMEWORK } from '../../src/lib/server/framework-store.ts';
import { openApiDocument } from '../../src/lib/server/http/openapi.ts';
import { exportRows, startSeededApp, type AppServer } from '../helpers/app-server.ts';
import {
	LAPTOP,
	launchChromium,
	PHONE,
	screenshot,
	watchedPage,
	type WatchedPage
} from '../helpers/browser.ts';
import { CHARTS, chartsDrawn } from '../helpers/live-chart.ts';

let app: AppServer;
let browser: Browser;
let open: WatchedPage | undefined;

/** Texts each page must show, by language: derived from the exports, never typed in. */
let evidence: Record<string, (locale: Locale) => string[]>;

const PAGES = [
	{ name: 'overview', path: '/' },
	{ name: 'province-44', path: '/province/44' },
	{ name: 'brief-51', path: '/province/51/brief' },
	{ name: 'cities', path: '/cities' },
	{ name: 'compare', path: '/compare?p=11,31,44' },
	{ name: 'disparities', path: '/disparities' },
	{ name: 'methodology', path: '/methodology' },
	{ name: 'data', path: '/data' },
	{ name: 'api-docs', path: '/api/docs' }
];

/** How many elements matching `selector` take up room on the page (not `display: none`). */
const shownCount = (page: WatchedPage['page'], selector: string) =>
	page
		.locator(selector)
		.evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);

/** How far the page reaches past the right edge of the screen: 0 when nothing scrolls sideways. */
const sidewaysScroll = (page: WatchedPage['page']) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * The charts whose drawing touches a side edge of their canvas: a label running out of the chart
 * (a radar's spoke name, a long province name, the map's note). Builders keep 5 px or more clear.
 */
const cutAtSides = (page: WatchedPage['page']) =>
	page.evaluate(
		(selector) =>
			[...document.querySelectorAll<HTMLElement>(selector)].flatMap((chart) => {
				const canvas = chart.querySelector('canvas');
				if (!canvas) return [`${chart.ariaLabel}: no canvas`];
				const context = canvas.getContext('2d')!;
				// Dark, opaque pixels in the outer 3 px columns: text or lines, not the background.
				const inked = (x: number) => {
					const d = context.getImageData(x, 0, 3, canvas.height).data;
					for (let i = 0; i < d.length; i += 4)
						if (d[i + 3] > 128 && d[i] + d[i + 1] + d[i + 2] < 480) return true;
					return false;
				};
				return inked(0) || inked(canvas.width - 3) ? [chart.ariaLabel] : [];
			}),
		CHARTS
	);

beforeAll(async () => {
	// One after the other: if Chromium fails to start, afterAll still stops the server.
	app = await startSeededApp();
	browser = await launchChromium();
	const all = await exportRows(app, 'provinces');
	const years = [...new Set(all.map((r) => Number(r.year)))];
	const latest = Math.max(...years);
	const provinces = all.filter((r) => Number(r.year) === latest);
	const name = (code: string, locale: Locale) => {
		const row = provinces.find((r) => r.province_code === code)!;
		return locale === 'en' ? row.province_name_en : row.province_name;
	};
	const topCity = (await exportRows(app, 'cities', latest)).find((r) => r.series === '1' && r.rank === '1')!;
	const gini = (await exportRows(app, 'disparity', latest)).find(
		(r) => r.dimension === 'composite' && r.measure === 'gini'
	)!;
	// The disparities page's β, first round to the latest, as the convergence export has it.
	const first = Math.min(...years);
	const beta = (await exportRows(app, 'convergence', latest)).find(
		(r) => r.year_from === String(first) && r.dimension === 'composite' && r.measure === 'beta'
	)!;
	const indicators = (await exportRows(app, 'codebook')).map((r) => r.indicator);
	const fixed = (digits: number, locale: Locale) =>
		new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
	// The units too small to rank (the demo's XPCC): marked, explained, and not given a rank.
	const unranked = provinces.filter((r) => r.ranked === '0');
	expect(unranked.map((r) => [r.province_code, r.rank])).toEqual([['66', '']]);
	const threshold = rankThresholds(DEFAULT_FRAMEWORK).province;
	evidence = {
		overview: (locale) => [
			...provinces.map((r) => name(r.province_code, locale)),
			...unranked.map((r) => `${name(r.province_code, locale)} †`),
			format(MESSAGES[locale].fewRespondents, { n: threshold }),
			// The small figures under the scores named in words: a phone cannot hover them.
			MESSAGES[locale].scoreIntervalNote
		],
		'province-44': (locale) => [name('44', locale), MESSAGES[locale].rateIntervalNote],
		'brief-51': (locale) => [name('51', locale), MESSAGES[locale].briefGaps],
		cities: (locale) => [
			fixed(1, locale).format(Number(topCity.composite)),
			...(locale === 'zh-CN' ? [topCity.city_name] : []),
			MESSAGES[locale].scoreIntervalNote
		],
		compare: (locale) => [
			...['11', '31', '44'].map((code) => name(code, locale)),
			MESSAGES[locale].rateIntervalNote
		],
		disparities: (locale) => [
			MESSAGES[locale].gini,
			fixed(4, locale).format(Number(gini.value)),
			format(MESSAGES[locale].betaTitle, { from: first, to: latest }),
			fixed(4, locale).format(Number(beta.value))
		],
		methodology: () => [indicators[0], indicators[indicators.length - 1]],
		data: () => years.map(String),
		'api-docs': () => Object.keys(openApiDocument().paths)
	};
});
afterEach(async () => {
	await open?.context.close();
	open = undefined;
});
afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

// Each page loaded once per language, on a phone first, then turned to a laptop's width. Tables
// wider than a phone scroll inside their own box, charts shrink, the navigation wraps: the page
// itself never scrolls sideways at either width, in either language, the error page included.
describe.each(LOCALES)('every page in %s', (locale) => {
	const t = MESSAGES[locale];
	for (const { name, path } of [...PAGES, { name: 'not-found', path: '/province/99' }])
		it(`${name}: at ${PHONE.width} and ${LAPTOP.width} px; demo data, a heading, the synthetic label, no errors`, async () => {
			open = await watchedPage(browser, app.base, undefined, PHONE);
			const { page, problems, idle } = open;
			await page.goto(`${path}${path.includes('?') ? '&' : '?'}lang=${locale}`);
			await chartsDrawn(page);
			expect(await sidewaysScroll(page)).toBe(0);
			// Charts re-lay their labels for the phone's width instead of cutting them off.
			expect(await cutAtSides(page)).toEqual([]);
			await screenshot(page, `${name}-${locale}-${PHONE.width}`, true);
			// The same page turned to laptop width: nothing was laid out for one size only.
			await page.setViewportSize(LAPTOP);
			expect(await sidewaysScroll(page)).toBe(0);
			if (name === 'not-found') return;

			expect(await page.locator('html').getAttribute('lang')).toBe(locale);
			const h1 = page.locator('h1');
			expect(await h1.count()).toBeGreaterThan(0);
			expect((await h1.first().innerText()).trim()).not.toBe('');
			await expect.poll(() => page.getByRole('note').allInnerTexts()).toContain(t.synthetic);
			const main = await page.locator('main').innerText();
			for (const text of evidence[name](locale)) expect(main).toContain(text);
			await screenshot(page, `${name}-${locale}`);
			// Late failures too: requests the charts made after the page had loaded.
			await idle();
			expect(problems).toEqual([]);
		});
});

// Printed (or saved as PDF), a page keeps its figures and sources and leaves the controls out.
describe('on paper', () => {
	it.each(LOCALES)('the province page in %s prints without navigation, forms or buttons', async (locale) => {
		open = await watchedPage(browser, app.base);
		const { page } = open;
		await page.goto(`/province/44?lang=${locale}`);
		await chartsDrawn(page);
		await page.emulateMedia({ media: 'print' });
		expect(await shownCount(page, 'header.bar, nav, form, button, select')).toBe(0);
		expect(await shownCount(page, 'h1')).toBe(1);
		expect(await shownCount(page, '.chart-figure canvas')).toBeGreaterThan(0);
		expect(await page.locator('main').innerText()).toContain(MESSAGES[locale].methodologyLink);
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		// Every page of the PDF is A4 (595 × 842 points).
		expect(pdf.toString('latin1')).toMatch(
			/MediaBox\s*\[\s*0 0 595\.?\d* 841\.?\d*|MediaBox\s*\[\s*0 0 595\.?\d* 842/
		);
	});

	// The brief is one sheet, whatever the language or the province (the XPCC's carries a note more).
	it.each(LOCALES.flatMap((locale) => ['51', '66'].map((code) => [locale, code] as const)))(
		'the province brief in %s (%s) prints on one A4 page, figures and sources, no controls',
		async (locale, code) => {
			open = await watchedPage(browser, app.base);
			const { page } = open;
			await page.goto(`/province/${code}/brief?lang=${locale}`);
			await chartsDrawn(page);
			await page.emulateMedia({ media: 'print' });
			expect(await shownCount(page, 'header.bar, nav, form, button, select, .back')).toBe(0);
			expect(await shownCount(page, '.brief canvas')).toBe(1);
			const main = await page.locator('main').innerText();
			for (const text of [
				MESSAGES[locale].outOf100,
				MESSAGES[locale].briefGaps,
				MESSAGES[locale].methodologyLink
			])
				expect(main).toContain(text);
			const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
			expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g)).toHaveLength(1);
		}
	);
});
