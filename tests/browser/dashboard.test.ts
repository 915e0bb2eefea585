/**
 * The dashboard as a reader uses it, in Chromium over the seeded demo database: the China map
 * really drawn from /geo/china.json, the language switch and its cookie, permalinks and the back
 * button, and a chart's table reached with the keyboard alone. Expected values come from the app's
 * exports, the i18n dictionaries and the live charts, never typed in.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NO_DATA, NO_DATA_HATCH, SEQUENTIAL_5 } from '../../src/lib/charts/palette.ts';
import { classOf, equalIntervalClasses } from '../../src/lib/charts/province-map/classes.ts';
import { format, MESSAGES, type Locale } from '../../src/lib/i18n/messages.ts';
import { methodTitle } from '../../src/lib/scoring/method-names.ts';
import { exportRows, startSeededApp, type AppServer } from '../helpers/app-server.ts';
import { launchChromium, watchedPage, type WatchedPage } from '../helpers/browser.ts';
import { chartsDrawn, CHARTS, readMap, readRanking } from '../helpers/live-chart.ts';

let app: AppServer;
let browser: Browser;
let open: WatchedPage | undefined;
let years: number[];
let provinces: Record<string, string>[];

const latest = () => Math.max(...years);
const guangdong = (locale: Locale) => {
	const row = provinces.find((r) => r.province_code === '44')!;
	return locale === 'en' ? row.province_name_en : row.province_name;
};

async function fresh(locale = 'en-US'): Promise<WatchedPage> {
	open = await watchedPage(browser, app.base, locale);
	return open;
}

/** The rows of the overview's own ranking table (not a chart's): province name → shown score. */
async function rankingTableRows(page: Page): Promise<Map<string, string>> {
	const rows = await page
		.locator('section[aria-labelledby="ranking-heading"] tbody tr')
		.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent!.trim())));
	return new Map(rows.map((cells) => [cells[1], cells[2]]));
}

beforeAll(async () => {
	// One after the other: if Chromium fails to start, afterAll still stops the server.
	app = await startSeededApp();
	browser = await launchChromium();
	const all = await exportRows(app, 'provinces');
	years = [...new Set(all.map((r) => Number(r.year)))];
	provinces = all.filter((r) => Number(r.year) === latest());
});
afterEach(async () => {
	await open?.context.close();
	open = undefined;
});
afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

describe('the China map', () => {
	it('draws the 34 named regions of /geo/china.json, each in its class colour, with tooltips', async () => {
		const { page, problems } = await fresh();
		const geo = page.waitForResponse((r) => new URL(r.url()).pathname === '/geo/china.json');
		await page.goto('/?lang=en');
		const file = (await (await geo).json()) as {
			features: { properties: { name: string }; geometry: { coordinates: unknown[] } }[];
		};
		const names = file.features.map((f) => f.properties.name);
		expect(names).toHaveLength(34);
		expect(new Set(names).size).toBe(34);
		for (const feature of file.features) expect(feature.geometry.coordinates.length).toBeGreaterThan(0);

		await chartsDrawn(page);
		const map = await readMap(page, [...SEQUENTIAL_5, NO_DATA, NO_DATA_HATCH]);
		// What ECharts registered and placed is the file the page fetched, region for region.
		expect([...map.registered].sort()).toEqual([...names].sort());
		expect(map.items.map((i) => i.name).sort()).toEqual([...names].sort());
		for (const name of names) {
			const [x, y] = map.points[name] ?? [NaN, NaN];
			expect(x, name).toBeGreaterThan(0);
			expect(x, name).toBeLessThan(map.width);
			expect(y, name).toBeGreaterThan(0);
			expect(y, name).toBeLessThan(map.height);
		}
		// The canvas is painted: much of it opaque, in many colours (regions, borders, legend).
		expect(map.opaqueShare).toBeGreaterThan(0.1);
		expect(map.distinctColours).toBeGreaterThan(20);
		// Every province with a value is painted at its centre in the colour of its class, by the
		// classification rule the legend states; Taiwan in the "no data" grey or its hatch.
		const scored = map.items.filter((i) => i.value !== null);
		expect(scored.length).toBeGreaterThanOrEqual(31);
		const classes = equalIntervalClasses(scored.map((i) => i.value!));
		for (const item of scored)
			expect(map.colours[item.name], item.name).toBe(SEQUENTIAL_5[classOf(item.value, classes)]);
		const byValue = [...scored].sort((a, b) => a.value! - b.value!);
		expect(map.items.find((i) => i.name === '台湾')?.value).toBeNull();
		expect([NO_DATA, NO_DATA_HATCH]).toContain(map.colours['台湾']);

		// Hovering a region names it with the score the ranking table shows.
		const table = await rankingTableRows(page);
		const chart = page.locator(CHARTS).nth(map.index);
		await chart.scrollIntoViewIfNeeded();
		const box = (await chart.boundingBox())!;
		for (const item of [byValue[0], byValue[byValue.length - 1]]) {
			const [x, y] = map.points[item.name]!;
			await page.mouse.move(box.x + x, box.y + y);
			const tip = chart.locator('div').filter({ hasText: item.displayName }).last();
			await expect.poll(() => tip.isVisible()).toBe(true);
			expect(await tip.innerText()).toContain(table.get(item.displayName));
		}
		expect(problems).toEqual([]);
	});
});

describe('language', () => {
	// The browser asks for the other language, so only the remembered choice can keep this one.
	it.each([
		['en', 'zh-CN'],
		['zh-CN', 'en']
	] as const)('the switch turns %s into %s everywhere, and the choice is remembered', async (from, to) => {
		const { page, problems, idle } = await fresh(to === 'en' ? 'zh-CN' : 'en-US');
		await page.goto(`/province/44?lang=${from}`);
		await idle();
		await expect.poll(() => page.locator('h1').innerText()).toContain(guangdong(from));

		await page.getByRole('link', { name: MESSAGES[from].language }).click();
		await page.waitForURL(`**/province/44?lang=${to}`);
		// A full reload: let the app load and hydrate before clicking on.
		await idle();
		expect(await page.locator('html').getAttribute('lang')).toBe(to);
		expect(await page.locator('h1').innerText()).toContain(guangdong(to));
		expect(await page.locator('h1').innerText()).not.toContain(guangdong(from));

		// Through the navigation, no ?lang= in the address: the cookie carries the choice.
		await page.getByRole('link', { name: MESSAGES[to].navOverview, exact: true }).first().click();
		await page.waitForURL((url) => url.pathname === '/' && !url.searchParams.has('lang'));
		await expect.poll(() => page.locator('h1').innerText()).toBe(MESSAGES[to].overviewTitle);
		const names = await rankingTableRows(page);
		expect(names.has(guangdong(to))).toBe(true);
		expect(names.has(guangdong(from))).toBe(false);

		// A new page load without ?lang= too (the server reads the cookie, not the client).
		await idle();
		await page.goto('/cities');
		expect(await page.locator('html').getAttribute('lang')).toBe(to);
		expect(await page.locator('h1').innerText()).toContain(MESSAGES[to].navCities);
		expect(problems).toEqual([]);
	});
});

describe('permalinks', () => {
	it('restore the round and the score, and the back button the previous view', async () => {
		const { page, problems, idle } = await fresh();
		const t = MESSAGES.en;
		const oldest = Math.min(...years);
		const title = (year: number) => format(t.mapTitle, { dimension: t.infrastructure, year });
		await page.goto(`/?year=${oldest}&dimension=infrastructure&lang=en`);
		await chartsDrawn(page);
		const year = page.locator('form.selectors select[name="year"]');
		const dimension = page.locator('form.selectors select[name="dimension"]');
		expect(await year.inputValue()).toBe(String(oldest));
		expect(await dimension.inputValue()).toBe('infrastructure');
		expect(await page.locator('.chart-figure .title').allInnerTexts()).toContain(title(oldest));
		expect(await page.locator('section[aria-labelledby="ranking-heading"] thead').innerText()).toContain(
			t.infrastructure
		);
		const first = await readMap(page);
		expect(first.seriesName).toBe(t.infrastructure);

		await idle();
		await year.selectOption(String(latest()));
		await page.locator('form.selectors [type="submit"]').click();
		await page.waitForURL((url) => url.searchParams.get('year') === String(latest()));
		await expect.poll(() => page.locator('.chart-figure .title').allInnerTexts()).toContain(title(latest()));
		expect(new URL(page.url()).searchParams.get('dimension')).toBe('infrastructure');

		await idle();
		await page.goBack();
		await page.waitForURL((url) => url.searchParams.get('year') === String(oldest));
		await expect.poll(() => year.inputValue()).toBe(String(oldest));
		await expect.poll(() => page.locator('.chart-figure .title').allInnerTexts()).toContain(title(oldest));
		await expect.poll(async () => (await readMap(page)).items).toEqual(first.items);
		expect(problems).toEqual([]);
	});
});

describe('a method picked in the browser', () => {
	it('is prepared in the background and shown without a reload', async () => {
		const { page, problems } = await fresh();
		const key = 'zscore/framework/arithmetic/winsorise';
		// The picker, as a reader uses it: open the method, choose z-scores, show.
		await page.goto(`/?year=${latest()}&lang=en`);
		await page.locator('details.method summary').click();
		await page.locator('select[name="normalise"]').selectOption('zscore');
		await page.locator('form.selectors [type="submit"]').click();
		await page.waitForURL((url) => url.searchParams.get('normalise') === 'zscore');
		const status = page.getByRole('status');
		await expect.poll(() => status.allInnerTexts()).toContainEqual(expect.stringMatching(/z-score/));
		const url = page.url();
		// The page asks again by itself; the caption then names the method, the note is gone.
		await expect
			.poll(() => page.locator('.chart-figure .caption').first().innerText(), {
				timeout: 90_000,
				interval: 1000
			})
			.toContain(`method: ${methodTitle(key, MESSAGES.en)}`);
		expect(page.url()).toBe(url);
		expect(await status.count()).toBe(0);
		expect(problems).toEqual([]);
	});
});

describe('keyboard', () => {
	it("reaches the charts' tables with Tab alone and opens them with Space and Enter", async () => {
		const { page, problems } = await fresh();
		const t = MESSAGES.en;
		await page.goto('/?lang=en');
		await chartsDrawn(page);
		const mapTitle = format(t.mapTitle, { dimension: t.composite, year: latest() });
		const rankingTitle = format(t.rankingTitle, { year: latest() });
		const figure = (title: string) =>
			page.locator('.chart-figure').filter({ has: page.locator('.title', { hasText: title }) });
		const tableRows = (title: string) =>
			figure(title)
				.locator('details table tbody tr')
				.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent!.trim())));

		const opened: string[] = [];
		for (let tab = 0; tab < 150 && opened.length < 2; tab++) {
			await page.keyboard.press('Tab');
			const focus = await page.evaluate(() => {
				const el = document.activeElement;
				if (el?.tagName !== 'SUMMARY') return null;
				return {
					title: el.closest('.chart-figure')?.querySelector('.title')?.textContent ?? '',
					visible: el.matches(':focus-visible')
				};
			});
			if (!focus || ![mapTitle, rankingTitle].includes(focus.title)) continue;
			expect(focus.visible).toBe(true);
			await page.keyboard.press(focus.title === mapTitle ? 'Space' : 'Enter');
			await expect.poll(() => figure(focus.title).locator('details table').isVisible()).toBe(true);
			opened.push(focus.title);
		}
		expect(opened).toEqual([mapTitle, rankingTitle]);

		// The map's table holds the map's data: every region with its value, "–" without one.
		const numbers = new Intl.NumberFormat('en', { maximumFractionDigits: 4 });
		const mapRows = new Map((await tableRows(mapTitle)).map((cells) => [cells[0], cells[1]]));
		for (const item of (await readMap(page)).items)
			expect(mapRows.get(item.displayName), item.name).toBe(
				item.value === null ? '–' : numbers.format(item.value)
			);
		// The ranking's table: the bars' provinces in the bars' order, one per province.
		const ranking = await readRanking(page, rankingTitle);
		const rankingRows = await tableRows(rankingTitle);
		expect(rankingRows.map((cells) => cells[1])).toEqual(ranking.names);
		expect(rankingRows.map((cells) => cells[2])).toEqual(ranking.values.map((v) => numbers.format(v)));
		expect(rankingRows).toHaveLength(provinces.length);
		expect(problems).toEqual([]);
	});
});
