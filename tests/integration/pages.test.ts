/**
 * The built app (`npm run build`, run by the test script first) serving a seeded SQLite file: every
 * page renders on the server with the numbers in the HTML, in both languages. Browser-side charts
 * are tested elsewhere; this is what a reader without JavaScript (or a screen reader) gets.
 */
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
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
		// SvelteKit renders relative links on the server (./province/44).
		expect(html.match(/href="\.?\/province\/\d\d\?lang=en"/g) ?? []).toHaveLength(32);
		expect(html).toContain('Demo data: synthetic');
		expect(html).toContain('<html lang="en">');
		// The trend's table, every round; the XPCC's single respondent marked and explained.
		expect(html).toContain('Composite index: national and zones across rounds');
		for (const year of [2018, 2024]) expect(html).toMatch(new RegExp(`<th scope="row"[^>]*>${year}</th>`));
		expect(html).toContain('Xinjiang Production and Construction Corps †');
		expect(html).toContain('Fewer than 30 respondents');
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
		expect(row.match(/<td class="num">([^<]*)<\/td>/g)![1]).toContain(national.percent);
		expect((await page('/province/99')).status).toBe(404);
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
			expect(d.html).toContain(`/api/v1/export/${table}?format=csv&amp;year=2024`);
		}
		// Tables by name in the reader's language, the identifier the CLI and API take beside it.
		expect(d.html).toMatch(/Provincial scores <code class="id[^"]*">provinces<\/code>/);
		expect((await page('/data?year=2024', 'zh-CN')).html).toMatch(
			/省级得分 <code class="id[^"]*">provinces<\/code>/
		);
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
			'Coefficient of variation across rounds'
		])
			expect(html).toContain(title);
		expect((await page('/disparities?year=2024', 'zh-CN')).html).toContain('基尼系数');
	});
});
