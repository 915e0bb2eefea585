/**
 * The dashboard as a reader uses it, in Chromium over the seeded demo database: the China map
 * really drawn from /geo/china.json, the language switch and its cookie, permalinks and the back
 * button, and a chart's table reached with the keyboard alone. Expected values come from the app's
 * exports, the i18n dictionaries and the live charts, never typed in.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NO_DATA, NO_DATA_HATCH, SEQUENTIAL_5 } from '../../src/lib/charts/palette.ts';
import { classOf, equalIntervalClasses } from '../../src/lib/charts/province-map/classes.ts';
import { format, MESSAGES, type Locale } from '../../src/lib/i18n/messages.ts';
import { methodTitle } from '../../src/lib/scoring/method-names.ts';
import { exportRows, startSeededApp, type AppServer } from '../helpers/app-server.ts';
import { LAPTOP, launchChromium, PHONE, watchedPage, type WatchedPage } from '../helpers/browser.ts';
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

async function fresh(locale = 'en-US', viewport = LAPTOP): Promise<WatchedPage> {
	open = await watchedPage(browser, app.base, locale, viewport);
	return open;
}

/** A file the page hands over when `button` is clicked, as bytes. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
	const [download] = await Promise.all([page.waitForEvent('download'), click()]);
	const stream = await download.createReadStream();
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(chunk as Buffer);
	return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, after the signature and the chunk header). */
function pngSize(png: Buffer): { width: number; height: number } {
	expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
	expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** How many pixels of a band of rows of the PNG are dark (text), counted by the browser that decodes it. */
function darkPixels(page: Page, png: Buffer, top: number, bottom: number): Promise<number> {
	return page.evaluate(
		async ({ base64, top, bottom }) => {
			const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
			const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
			const canvas = new OffscreenCanvas(bitmap.width, bottom - top);
			const context = canvas.getContext('2d')!;
			context.drawImage(bitmap, 0, -top);
			const { data } = context.getImageData(0, 0, bitmap.width, bottom - top);
			let dark = 0;
			for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 3 * 100) dark++;
			return dark;
		},
		{ base64: png.toString('base64'), top, bottom }
	);
}

/** How far the page reaches past the right edge of the screen: 0 when nothing scrolls sideways. */
const sidewaysScroll = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * The rows of the overview's own ranking table (not a chart's): province name → shown score, without
 * the interval written under it (components/WithInterval.svelte).
 */
async function rankingTableRows(page: Page): Promise<Map<string, string>> {
	const rows = await page.locator('section[aria-labelledby="ranking-heading"] tbody tr').evaluateAll((trs) =>
		trs.map((tr) =>
			[...tr.children].map((cell) => {
				const copy = cell.cloneNode(true) as Element;
				copy.querySelectorAll('.ci').forEach((ci) => ci.remove());
				return copy.textContent!.trim();
			})
		)
	);
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

describe('the ranking', () => {
	it("shows a province's bootstrap interval on hover, as the bootstrap export has it", async () => {
		const { page, problems } = await fresh();
		const t = MESSAGES.en;
		await page.goto(`/?lang=en&view=chart&year=${latest()}`);
		await chartsDrawn(page);
		const figure = page
			.locator('.chart-figure')
			.filter({ has: page.locator('.title', { hasText: format(t.rankingTitle, { year: latest() }) }) });
		const chart = figure.locator('[role="img"]');
		await chart.scrollIntoViewIfNeeded();
		// The top bar's tooltip, as hovering it opens it.
		const name = await chart.evaluate((el) => {
			const instance = window.__himapEcharts!.getInstanceByDom(el as HTMLElement)!;
			instance.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: 0 });
			return (instance.getOption().yAxis as { data: string[] }[])[0].data[0];
		});
		const code = provinces.find((p) => p.province_name_en === name)!.province_code;
		const row = (await exportRows(app, 'bootstrap', latest())).find(
			(r) => r.level === 'province' && r.code === code && r.measure === 'composite'
		)!;
		const one = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
		const tip = chart.locator('div').filter({ hasText: t.scoreInterval }).last();
		await expect.poll(() => tip.isVisible()).toBe(true);
		expect(await tip.innerText()).toContain(
			`${t.scoreInterval}: ${one.format(Number(row.ci_lower))}–${one.format(Number(row.ci_upper))}`
		);
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

describe('a framework asked for in the URL', () => {
	it('that is not stored: the default framework is shown, and the page says so', async () => {
		const { page, problems } = await fresh();
		await page.goto(`/?lang=en&framework=not-stored`);
		await chartsDrawn(page);
		expect(await page.getByRole('status').allInnerTexts()).toContainEqual(
			format(MESSAGES.en.frameworkMissing, { framework: 'not-stored' })
		);
		expect(await page.locator('.chart-figure .caption').first().innerText()).toContain('himap-default 1.0.0');
		expect(problems).toEqual([]);
	});
});

describe('a method picked in the browser', () => {
	it('is prepared in the background and shown without a reload', async () => {
		const { page, problems } = await fresh();
		const key = 'zscore/framework/arithmetic/winsorise';
		// The picker, as a reader uses it: open the method, choose z-scores, show.
		// Unfolded before the page is live (its scripts held back), it stays unfolded once it is.
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_app/immutable/entry/**', async (route) => {
			await held;
			await route.continue();
		});
		await page.goto(`/?year=${latest()}&lang=en`, { waitUntil: 'domcontentloaded' });
		await page.locator('details.method summary').click();
		release();
		await chartsDrawn(page);
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

		/** Tabs until `title`'s table summary has the focus (visibly), then opens it with `key`. */
		async function openTable(title: string, key: string) {
			for (let tab = 0; tab < 150; tab++) {
				await page.keyboard.press('Tab');
				const focus = await page.evaluate(() => {
					const el = document.activeElement;
					if (el?.tagName !== 'SUMMARY') return null;
					return {
						title: el.closest('.chart-figure')?.querySelector('.title')?.textContent ?? '',
						visible: el.matches(':focus-visible')
					};
				});
				if (focus?.title !== title) continue;
				expect(focus.visible).toBe(true);
				await page.keyboard.press(key);
				await expect.poll(() => figure(title).locator('details table').isVisible()).toBe(true);
				return;
			}
			throw new Error(`Tab never reached the table of "${title}"`);
		}

		await openTable(mapTitle, 'Space');
		// The map's table holds the map's data: every region with its value, "–" without one.
		const numbers = new Intl.NumberFormat('en', { maximumFractionDigits: 4 });
		const mapRows = new Map((await tableRows(mapTitle)).map((cells) => [cells[0], cells[1]]));
		for (const item of (await readMap(page)).items)
			expect(mapRows.get(item.displayName), item.name).toBe(
				item.value === null ? '–' : numbers.format(item.value)
			);
		// The ranking is the figure's Chart view: its tab, reached and followed with the keyboard.
		await page.keyboard.press('Shift+Tab');
		for (let tab = 0; tab < 150; tab++) {
			if (await page.evaluate((name) => document.activeElement?.textContent === name, t.viewChart)) break;
			await page.keyboard.press('Shift+Tab');
		}
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.searchParams.get('view') === 'chart');
		await chartsDrawn(page);
		await openTable(rankingTitle, 'Enter');
		// The ranking's table: the bars' provinces in the bars' order, one per province.
		const ranking = await readRanking(page, rankingTitle);
		const rankingRows = await tableRows(rankingTitle);
		expect(rankingRows.map((cells) => cells[1])).toEqual(ranking.names);
		expect(rankingRows.map((cells) => cells[2])).toEqual(ranking.values.map((v) => numbers.format(v)));
		expect(rankingRows).toHaveLength(provinces.length);
		expect(problems).toEqual([]);
	});
});

describe('a chart downloaded for a report', () => {
	it.each([
		['en', PHONE],
		['zh-CN', PHONE],
		['en', LAPTOP]
	] as const)(
		'is a %s PNG 1200–1600 px wide at %j, its title, notice and source drawn in, and the same as SVG',
		async (locale, viewport) => {
			const { page, problems } = await fresh(locale === 'en' ? 'en-US' : 'zh-CN', viewport);
			const t = MESSAGES[locale];
			await page.goto(`/?lang=${locale}&view=chart`);
			await chartsDrawn(page);
			const title = format(t.rankingTitle, { year: latest() });
			const figure = page
				.locator('.chart-figure')
				.filter({ has: page.locator('.title', { hasText: title }) });
			const png = await downloaded(page, () => figure.getByRole('button', { name: t.downloadPng }).click());
			const svg = await downloaded(page, () => figure.getByRole('button', { name: t.downloadSvg }).click());
			expect(png.name).toBe(`himap-ranking-${latest()}.png`);
			expect(svg.name).toBe(`himap-ranking-${latest()}.svg`);

			const size = pngSize(png.bytes);
			expect(size.width).toBeGreaterThanOrEqual(1200);
			expect(size.width).toBeLessThanOrEqual(1600);
			// The PNG is the SVG painted at 2×: the words in the SVG are the words in the image.
			const text = svg.bytes.toString('utf8');
			const [, svgWidth, svgHeight] = text.match(/^<svg [^>]*width="(\d+)" height="(\d+)"/)!;
			expect(size).toEqual({ width: 2 * Number(svgWidth), height: 2 * Number(svgHeight) });
			const texts = [...text.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
			expect(texts[0]).toBe(title);
			expect(texts.join(' ')).toContain(format(t.reportRound, { year: latest() }));
			expect(texts.join(' ')).toContain(format(t.reportUnit, { unit: t.unitScore }));
			// Wrapped lines are joined without their break; the notice's start is on one line.
			expect(texts.join(' ')).toContain(t.synthetic.slice(0, 12));
			expect(texts.join(' ')).toContain(t.source.slice(0, 3));
			// The title is dark pixels in the image's top band; the margin above it is blank.
			const titleBaseline = Number(text.match(/<text x="\d+" y="(\d+)"/)![1]);
			expect(await darkPixels(page, png.bytes, 0, 2 * (titleBaseline - 20))).toBe(0);
			expect(await darkPixels(page, png.bytes, 2 * (titleBaseline - 16), 2 * titleBaseline)).toBeGreaterThan(
				500
			);
			expect(problems).toEqual([]);
		}
	);

	it('gives a table as CSV with a BOM, its source line, and names without the mark', async () => {
		const { page, problems } = await fresh('zh-CN');
		const t = MESSAGES['zh-CN'];
		await page.goto('/?lang=zh-CN');
		// The button works once the page is hydrated: a click before that hands over nothing.
		await chartsDrawn(page);
		const csv = await downloaded(page, () => page.getByRole('button', { name: t.downloadTable }).click());
		const text = csv.bytes.toString('utf8');
		expect(text.startsWith('\uFEFF# ')).toBe(true);
		const [note, header, ...rows] = text.slice(1).trimEnd().split('\r\n');
		expect(note).toContain(t.synthetic.slice(0, 6));
		expect(header.split(',')[1]).toBe(t.province);
		expect(rows).toHaveLength(provinces.length);
		expect(text).not.toContain('†');
		expect(problems).toEqual([]);
	});
});

describe("the overview's figure", () => {
	it.each([
		['en', LAPTOP],
		['zh-CN', PHONE]
	] as const)(
		'in %s: Chart, Table and Map views, the round stepped, and a copied link that reproduces it',
		async (locale, viewport) => {
			const t = MESSAGES[locale];
			// The browser asks for the other language: only the link can carry this one.
			const { page, problems, idle, context } = await fresh(locale === 'en' ? 'zh-CN' : 'en-US', viewport);
			await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.base });
			const sorted = [...years].sort((a, b) => a - b);
			const [before, shown] = sorted.slice(-3, -1);
			const titles = page.locator('.main-figure .chart-figure .title');
			const mapTitle = (year: number) => format(t.mapTitle, { dimension: t.governance, year });
			const tab = (name: string) => page.locator('.main-figure nav').getByRole('link', { name, exact: true });
			await page.goto(`/?year=${shown}&dimension=governance&lang=${locale}`);
			await chartsDrawn(page);
			expect(await titles.allInnerTexts()).toEqual([mapTitle(shown)]);
			expect(await tab(t.viewMap).getAttribute('aria-current')).toBe('true');

			await tab(t.viewChart).click();
			await page.waitForURL((url) => url.searchParams.get('view') === 'chart');
			await expect.poll(() => titles.allInnerTexts()).toEqual([format(t.rankingTitle, { year: shown })]);
			await chartsDrawn(page);
			expect((await readRanking(page, format(t.rankingTitle, { year: shown }))).names).toHaveLength(
				provinces.length
			);

			await tab(t.viewTable).click();
			await page.waitForURL((url) => url.searchParams.get('view') === 'table');
			const table = page.locator('.main-figure section[aria-labelledby="ranking-heading"]');
			await expect.poll(() => table.locator('tbody tr').count()).toBe(provinces.length);
			expect(await titles.count()).toBe(0);
			expect(await page.locator('section[aria-labelledby="ranking-heading"]').count()).toBe(1);

			await tab(t.viewMap).click();
			await page.waitForURL((url) => url.searchParams.get('view') === 'map');
			await page.getByRole('link', { name: format(t.roundPrevious, { year: before }) }).click();
			await page.waitForURL((url) => url.searchParams.get('year') === String(before));
			await expect.poll(() => titles.allInnerTexts()).toEqual([mapTitle(before)]);
			await chartsDrawn(page);
			const map = await readMap(page);
			expect(map.seriesName).toBe(t.governance);
			expect(await sidewaysScroll(page)).toBe(0);

			await page.getByRole('button', { name: t.copyLink }).click();
			await expect.poll(() => page.getByText(t.linkCopied).isVisible()).toBe(true);
			const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
			expect(Object.fromEntries(link.searchParams)).toEqual({
				year: String(before),
				dimension: 'governance',
				lang: locale,
				view: 'map'
			});
			await idle();

			// The link in a browser that has never seen the site, asking for the other language.
			const other = await watchedPage(browser, app.base, locale === 'en' ? 'zh-CN' : 'en-US', viewport);
			try {
				await other.page.goto(link.href);
				await chartsDrawn(other.page);
				expect(await other.page.locator('html').getAttribute('lang')).toBe(locale);
				expect(await other.page.locator('.main-figure .chart-figure .title').allInnerTexts()).toEqual([
					mapTitle(before)
				]);
				expect((await readMap(other.page)).items).toEqual(map.items);
				expect(other.problems).toEqual([]);
			} finally {
				await other.context.close();
			}
			expect(problems).toEqual([]);
		}
	);
});

describe('an embedded chart', () => {
	it("is copied from its page, shows alone in another site's frame, and fits a phone", async () => {
		const { page, problems, context } = await fresh('en-US', PHONE);
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.base });
		const t = MESSAGES.en;
		await page.goto(`/province/44?year=${latest()}&lang=en`);
		await page.getByText(t.embed, { exact: true }).click();
		await page.getByRole('button', { name: t.copyCode }).click();
		await expect.poll(() => page.getByText(t.codeCopied).isVisible()).toBe(true);
		const snippet = await page.evaluate(() => navigator.clipboard.readText());
		expect(snippet).toMatch(
			/^<iframe src="[^"]+\/embed\/province-radar\?province=44&amp;year=\d+&amp;lang=en"/
		);

		// Pasted into another site's page, the frame shows the radar. That site is a server of its
		// own on another port: `frame-ancestors *` admits http and https pages but not about:blank,
		// and Chromium keeps a page it cannot place on the network from framing a local server.
		const site = createServer((_, res) =>
			res
				.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
				.end(`<!doctype html><meta name="viewport" content="width=device-width"><body>${snippet}</body>`)
		);
		await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
		try {
			const host = await context.newPage();
			await host.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/report.html`);
			const frame = host.frameLocator('iframe');
			const title = format(t.radarTitle, { name: guangdong('en'), zone: t.zone_east, year: latest() });
			await expect.poll(() => frame.locator('.chart-figure .title').innerText()).toBe(title);
			expect(await frame.locator('header, nav').count()).toBe(0);
			await host.close();
		} finally {
			site.close();
		}

		// Each embed alone at 390 px: drawn, nothing beyond the right edge.
		for (const path of [
			'/embed/map?lang=en',
			'/embed/ranking?lang=zh-CN',
			'/embed/province-radar?province=44'
		]) {
			await page.goto(path);
			await chartsDrawn(page);
			expect(await page.locator('.chart-figure [role="img"]').count(), path).toBe(1);
			expect(await sidewaysScroll(page), path).toBe(0);
		}
		expect(problems).toEqual([]);
	});
});
