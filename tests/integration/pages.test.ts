/**
 * The built app (`npm run build`, run by the test script first) serving a seeded SQLite file: every
 * page renders on the server with the numbers in the HTML, in both languages. Browser-side charts
 * are tested elsewhere; this is what a reader without JavaScript (or a screen reader) gets.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { wilsonPercent } from '../../src/lib/analysis/wilson.ts';
import { intervalText } from '../../src/lib/charts/interval-text.ts';
import { format, MESSAGES } from '../../src/lib/i18n/messages.ts';
import { startSeededApp, type AppServer } from '../helpers/app-server.ts';

let app: AppServer;

async function page(path: string, lang = 'en') {
	const res = await fetch(`${app.base}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
	return { status: res.status, html: await res.text() };
}

beforeAll(async () => {
	app = await startSeededApp();
});
afterAll(async () => {
	await app?.stop();
});

describe('server-rendered pages', () => {
	it('overview: national figures, zones and the ranking of all 32 units, matching the export', async () => {
		const { status, html } = await page('/?year=2024');
		expect(status).toBe(200);
		let csv = '';
		await run(['export', 'provinces', '--year', '2024', '--db', app.db.url], {
			out: (t) => void (csv += t),
			err: () => {}
		});
		const provinces = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
		const top = provinces.find((p) => p.rank === '1')!;
		expect(html).toContain(top.province_name_en);
		expect(html).toContain(Number(top.composite).toFixed(1));
		// SvelteKit renders relative links on the server (./province/44); they keep the round shown.
		expect(html.match(/href="\.?\/province\/\d\d\?lang=en&amp;year=2024"/g) ?? []).toHaveLength(32);
		expect(html).toContain('Demo data: synthetic');
		expect(html).toContain('<html lang="en">');
		// The trend's table, every round; the XPCC's single respondent marked and explained.
		expect(html).toContain('Composite index: national and zones across rounds');
		for (const year of [2018, 2024]) expect(html).toMatch(new RegExp(`<th scope="row"[^>]*>${year}</th>`));
		expect(html).toContain('Xinjiang Production and Construction Corps †');
		expect(html).toContain('Not ranked: fewer than 30 scored respondents');
	});
	it('shows its main figure as the map, the ranking chart or the ranking table, as the URL says', async () => {
		const t = MESSAGES.en;
		const figure = (html: string) =>
			html.match(/<section class="main-figure[^"]*"[^>]*>(.*?)<\/section>/s)![1];
		const map = figure((await page('/?year=2019')).html);
		expect(map).toContain(format(t.mapTitle, { dimension: t.composite, year: 2019 }));
		expect(map).not.toContain(format(t.rankingTitle, { year: 2019 }));
		// The tabs are links (they work without JavaScript) that keep the other settings.
		expect(map).toMatch(/<a href="\/\?year=2019&amp;lang=en&amp;view=table"[^>]*>Table<\/a>/);
		expect(map).toMatch(/aria-current="true"[^>]*>Map</);
		// The round stepper: the rounds either side, the rest of the view kept.
		expect(map).toMatch(/href="\/\?year=2018&amp;lang=en"[^>]*>‹ 2018</);
		expect(map).toMatch(/href="\/\?year=2020&amp;lang=en"[^>]*>2020 ›</);
		const chart = figure((await page('/?year=2019&view=chart')).html);
		expect(chart).toContain(format(t.rankingTitle, { year: 2019 }));
		expect(chart).not.toContain(format(t.mapTitle, { dimension: t.composite, year: 2019 }));
		expect(chart).toContain('/embed/ranking?year=2019&amp;amp;lang=en');
		// The table view is the page's ranking table, moved up into the figure and not repeated.
		const { html } = await page('/?year=2019&view=table&dimension=governance');
		expect(figure(html)).toContain('id="ranking-heading"');
		expect(html.match(/id="ranking-heading"/g)).toHaveLength(1);
		expect(figure(html).match(/href="\.?\/province\/\d\d\?lang=en&amp;year=2019"/g)).toHaveLength(32);
	});
	it('switches language: headings and province names in Chinese', async () => {
		const { html } = await page('/?year=2024', 'zh-CN');
		expect(html).toContain('<html lang="zh-CN">');
		expect(html).toContain('综合指数');
		expect(html).toContain('广东省');
		expect(html).toContain('合成数据');
	});
	it('keeps the selectors in the URL (a permalink restores the view)', async () => {
		const { html } = await page('/?year=2019&dimension=governance');
		expect(html).toMatch(/<option value="2019" selected/);
		expect(html).toMatch(/<option value="governance" selected/);
		expect(html).toContain('Governance capacity');
		expect(html).toContain('vs 2018');
	});
	it('province profile: scores against national and zone, groups, cities, history, indicators', async () => {
		const { status, html } = await page('/province/44?year=2024');
		expect(status).toBe(200);
		expect(html).toContain('Guangdong: dimensions against the national and East means, 2024');
		expect(html).toContain('Tertiary hospitals');
		expect(html).toContain('广州市');
		for (const year of [2018, 2024]) expect(html).toMatch(new RegExp(`<th scope="row"[^>]*>${year}</th>`));
		// The national rate beside the province's is the rates export's `all` row.
		let csv = '';
		await run(['export', 'rates', '--year', '2024', '--db', app.db.url], {
			out: (t) => void (csv += t),
			err: () => {}
		});
		const rates = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
		const national = rates.find(
			(r) => r.survey === 'regional' && r.group === 'all' && r.indicator === 'platform_built'
		)!;
		const row = html.match(/<td>Regional health information platform established<\/td>(.*?)<\/tr>/s)![1];
		const cells = [...row.matchAll(/<td class="num"[^>]*>(.*?)<\/td>/gs)].map((m) => m[1]);
		expect(cells[1]).toContain(national.percent);
		// …with its 95 % Wilson interval under it, from the same counts (wilson.test.ts checks it against R).
		const ci = wilsonPercent(Number(national.numerator), Number(national.denominator));
		expect(cells[1]).toContain(intervalText(ci, 'en')!);
		expect((await page('/province/99')).status).toBe(404);
		// Back to the overview and on to a comparison in the same round and language.
		expect(html).toMatch(/<a href="(\.\.)?\/\?lang=en&amp;year=2024">/);
		expect(html).toMatch(/<a href="(\.\.)?\/compare\?p=44&amp;lang=en&amp;year=2024">Compare Guangdong/);
	});
	it('methodology renders the document and the codebook; data lists every export', async () => {
		const m = await page('/methodology');
		expect(m.html).toContain('it_staff');
		expect(m.html).toContain('<h1>HIMAP methodology</h1>');
		expect(m.html).toMatch(/<h2[^>]*>4\. Roll-up<\/h2>/);
		// In Chinese, the Chinese document (docs/methodology.zh.md), and no notice that it is in English.
		const zh = await page('/methodology', 'zh-CN');
		expect(zh.html).toContain('<h1>HIMAP 计算方法说明</h1>');
		expect(zh.html).toMatch(/<h2[^>]*>4\. 汇总<\/h2>/);
		expect(zh.html).not.toContain('HIMAP methodology');
		expect(zh.html).not.toContain('文档为英文');
		// The codebook names the framework's dimensions, pillars and groups in the reader's language,
		// the identifiers beside them.
		expect(zh.html).toContain('治理能力 / 组织保障');
		expect(zh.html).toMatch(/三级医院 <code class="id[^"]*">tertiary<\/code>/);
		expect(m.html).toMatch(/Tertiary hospitals <code class="id[^"]*">tertiary<\/code>/);
		const d = await page('/data?year=2024');
		for (const table of ['rates', 'respondents', 'provinces', 'disparity', 'codebook', 'responses']) {
			// CSV in the reader's form: BOM and source line (docs/data-downloads.md).
			expect(d.html).toContain(`/api/v1/export/${table}?format=csv&amp;bom=1&amp;source=1&amp;year=2024`);
			expect(d.html).toContain(`/api/v1/export/${table}?format=json&amp;year=2024`);
		}
		// Tables by name in the reader's language, the identifier the CLI and API take beside it.
		expect(d.html).toMatch(/Provincial scores <code class="id[^"]*">provinces<\/code>/);
		const dataZh = (await page('/data?year=2024', 'zh-CN')).html;
		expect(dataZh).toMatch(/省级得分 <code class="id[^"]*">provinces<\/code>/);
		// How to cite: this HIMAP's version and commit, and the round, framework and method of the data.
		const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
		expect(d.html).toMatch(
			new RegExp(
				`version ${version}, commit ([0-9a-f]{40}(\\+dirty)?|unknown)\\. Data: survey round 2024, framework \\S+ \\S+, method goalposts/`
			)
		);
		expect(dataZh).toContain('引用方式');
	});
	it("names the method in words in the source lines, in the reader's language", async () => {
		const zh = await page('/?year=2024', 'zh-CN');
		expect(zh.html).toContain('方法：目标值法、框架权重、算术平均（默认）');
		expect(zh.html).not.toContain('goalposts/framework/arithmetic/winsorise');
		const en = await page('/?year=2024');
		expect(en.html).toContain('method: Goalposts, framework weights, arithmetic mean (default)');
	});
	it('says "not found" in the reader\'s language', async () => {
		const zh = await page('/no-such-page', 'zh-CN');
		expect(zh.status).toBe(404);
		expect(zh.html).toContain('页面不存在');
		expect(zh.html).not.toMatch(/Not Found/i);
		const en = await page('/no-such-page');
		expect(en.status).toBe(404);
		expect(en.html).toContain('Page not found');
	});
	it('cities: the two series, filterable by province, sortable', async () => {
		const one = await page('/cities?year=2024&series=1');
		expect(one.status).toBe(200);
		expect(one.html).toContain('北京市');
		expect(one.html).toContain('广州市');
		expect(one.html).not.toContain('珠海市');
		const two = await page('/cities?year=2024&series=2&province=44');
		expect(two.html).toContain('珠海市');
		expect(two.html).not.toContain('成都市');
		// Sorted by a score: highest first.
		const sorted = await page('/cities?year=2024&series=1&sort=governance');
		const governance = [
			...sorted.html.matchAll(/<tr><td class="num">\d+<\/td>.*?<td class="num">([\d.]+)<\/td>/gs)
		].map((m) => Number(m[1]));
		expect(governance.length).toBeGreaterThan(30);
		expect(governance).toEqual([...governance].sort((a, b) => b - a));
	});
	it('compare: 2–6 units side by side from a permalink, the widest gap marked', async () => {
		const { html } = await page('/compare?year=2024&p=11,31,44');
		for (const name of ['Beijing', 'Shanghai', 'Guangdong']) expect(html).toContain(name);
		expect(html).toMatch(/class="[^"]*widest/);
		expect(html).toContain('Indicators where the chosen units differ most, 2024');
		expect((await page('/compare?year=2024&p=11')).html).toContain('Choose at least two');
	});
	it('disparities: Gini, both Theils labelled, decomposition across rounds, Lorenz points', async () => {
		const { status, html } = await page('/disparities?year=2024');
		expect(status).toBe(200);
		for (const text of [
			'Gini coefficient',
			'Theil L, population-weighted',
			'Between zones',
			'Lorenz curve'
		]) {
			expect(html).toContain(text);
		}
		for (const year of [2018, 2024]) expect(html).toMatch(new RegExp(`<th scope="row"[^>]*>${year}</th>`));
		for (const title of [
			'Lorenz curve of the',
			'Provincial units per zone',
			'σ-convergence: coefficient of variation of provincial scores, 2018–2024',
			'β-convergence of provincial scores, 2018–2024'
		])
			expect(html).toContain(title);
		expect((await page('/disparities?year=2024', 'zh-CN')).html).toContain('基尼系数');
	});
});

describe('embeddable charts', () => {
	const t = MESSAGES.en;
	it.each([
		[
			'map',
			'year=2019',
			format(t.mapTitle, { dimension: t.composite, year: 2019 }),
			'/?year=2019&amp;lang=en&amp;view=map'
		],
		[
			'ranking',
			'year=2024',
			format(t.rankingTitle, { year: 2024 }),
			'/?year=2024&amp;lang=en&amp;view=chart'
		],
		[
			'province-radar',
			'province=44&year=2024',
			'Guangdong: dimensions against the national and East means, 2024',
			'/province/44?year=2024&amp;lang=en'
		]
	])(
		'/embed/%s: the figure alone, which any site may frame, linking to its full page',
		async (chart, query, title, back) => {
			// Twice: the second answer comes from the page cache, which must keep the header.
			for (const attempt of [1, 2]) {
				const res = await fetch(`${app.base}/embed/${chart}?${query}&lang=en`);
				expect(res.status, `attempt ${attempt}`).toBe(200);
				// The whole policy is csp.test.ts's; here, that it lets any site frame the embed.
				expect(res.headers.get('content-security-policy'), `attempt ${attempt}`).toMatch(
					/(^|; )frame-ancestors \*($|;)/
				);
				expect(res.headers.get('x-frame-options'), `attempt ${attempt}`).toBeNull();
				const html = await res.text();
				expect(html).toMatch(/<figure class="chart-figure/);
				expect(html).toMatch(new RegExp(`<h2 class="title[^"]*">${title}(<!---->)?</h2>`));
				expect(html).toContain('Source: HIMAP survey data (synthetic demo)');
				expect(html).toContain(`href="${app.base}${back}"`);
				// None of the dashboard around it: no navigation, no language switch.
				expect(html).not.toContain(t.navDisparities);
				expect(html).not.toContain('hreflang=');
			}
		}
	);
	it('only embeds may be framed: every other page refuses it, fresh or from the cache, and varies on cookie and language', async () => {
		for (const path of ['/?year=2024', '/?view=chart', '/province/44?year=2024', '/compare?p=11,31'])
			for (const attempt of [1, 2]) {
				const res = await fetch(`${app.base}${path}&lang=en`);
				expect(res.status, path).toBe(200);
				expect(res.headers.get('content-security-policy'), `${path} ${attempt}`).toMatch(
					/(^|; )frame-ancestors 'none'($|;)/
				);
				expect(res.headers.get('x-frame-options'), path).toBe('DENY');
				expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
				expect(res.headers.get('vary'), path).toMatch(/Cookie, Accept-Language/);
			}
		const api = await fetch(`${app.base}/api/v1/health`);
		expect(api.headers.get('x-content-type-options')).toBe('nosniff');
		// Accept-Language by q-value: English asked for least.
		expect(
			await (await fetch(`${app.base}/?year=2024`, { headers: { 'accept-language': 'en;q=0.1,zh' } })).text()
		).toContain('<html lang="zh-CN">');
	});
	it('answers 404 for a chart not in the list or a radar without a province', async () => {
		for (const path of ['/embed/globe', '/embed/province-radar', '/embed/province-radar?province=99'])
			expect((await fetch(`${app.base}${path}`)).status, path).toBe(404);
	});
});
