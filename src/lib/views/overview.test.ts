import { describe, expect, it } from 'vitest';
import { overviewPage, type TrendPoint } from './overview.ts';
import { scores, testBase, testRound } from './testing.ts';

const trend: TrendPoint[] = [
	{ year: 2023, national: scores(55), zones: { east: scores(70), west: scores(40) } },
	{ year: 2024, national: scores(60), zones: { east: scores(75) } }
];

describe('overviewPage', () => {
	it('is nothing without a round', () => {
		expect(overviewPage(testBase('en', { view: null }), { previous: null, trend: [] })).toBeNull();
	});

	it('shows the composite card first, each with its change since the previous round', () => {
		const page = overviewPage(testBase('en'), {
			previous: { year: 2023, national: scores(58.75, 62, 60, 59) },
			trend
		})!;
		expect(page.cards.map((c) => [c.key, c.value, c.change])).toEqual([
			['composite', '60.0', '+1.3 points vs 2023'],
			['governance', '62.0', '0.0 points vs 2023'],
			['infrastructure', '58.0', '-2.0 points vs 2023'],
			['application', '60.0', '+1.0 points vs 2023']
		]);
		const first = overviewPage(testBase('zh-CN'), { previous: null, trend })!;
		expect(first.cards.every((c) => c.change === first.cards[0].change && c.change.length > 0)).toBe(true);
	});

	it.each([
		// [score, table order, ranks]: ties share the better rank, the code breaks the tie in order;
		// the XPCC, on 12 respondents, is unranked on every score (on infrastructure it ties Gansu).
		['composite', ['11', '44', '62', '66'], [1, 2, 3, null]],
		['governance', ['11', '44', '62', '66'], [1, 2, 2, null]],
		['infrastructure', ['44', '11', '62', '66'], [1, 2, 3, null]],
		['application', ['11', '44', '62', '66'], [1, 2, 3, null]]
	] as const)('ranks the provinces by %s', (dimension, order, ranks) => {
		const page = overviewPage(testBase('en', { dimension }), { previous: null, trend })!;
		expect(page.table.rows.map((r) => r.code)).toEqual(order);
		// Beside the composite the table shows the index rank and its interval; otherwise the rank by the score.
		expect(page.table.rows.map((r) => r.rank)).toEqual(ranks.map((r) => (r === null ? '–' : String(r))));
		expect(page.table.withInterval).toBe(dimension === 'composite');
		const mapped = page.map.data.rows.filter((r) => r.value !== null);
		expect(mapped.map((r) => [r.code, r.rank])).toEqual(order.map((c, i) => [c, ranks[i]]));
	});

	it('marks the province with few respondents and says why', () => {
		const page = overviewPage(testBase('en'), { previous: null, trend })!;
		expect(page.table.rows.find((r) => r.code === '66')!.name).toBe('XPCC †');
		expect(page.table.rows.find((r) => r.code === '11')!.name).toBe('Beijing');
		expect(page.table.rows.find((r) => r.code === '66')!.rank).toBe('–');
		expect(page.table.fewNote).toMatch(/^† Not ranked: fewer than 30 /);
		expect(page.table.rows[0].interval).toBe('1–3');
	});

	it("gives each province's score its bootstrap interval, in the tooltip and under the value", () => {
		// testing.ts: each score ± 2. Beijing's composite is 80.
		const page = overviewPage(testBase('en'), { previous: null, trend })!;
		expect(page.table.rows.find((r) => r.code === '11')!.valueCi).toBe('78.0–82.0');
		const row = page.ranking.data.rows.find((r) => r.code === '11')!;
		expect(row.valueInterval).toEqual({ lower: 78, upper: 82, se: 1 });
		expect(page.ranking.labels.valueInterval).toBe(testBase('en').t.scoreInterval);
		const none = testBase('en', {
			view: testRound(2024, { provinces: testRound().provinces.map((p) => ({ ...p, bootstrap: null })) })
		});
		expect(overviewPage(none, { previous: null, trend })!.table.rows[0].valueCi).toBeNull();
	});

	it('offers the ranking table with plain numbers and the exact interval bounds', () => {
		const { download, rows } = overviewPage(testBase('en'), { previous: null, trend })!.table;
		const { t } = testBase('en');
		expect(download.columns).toEqual([
			t.rank,
			t.province,
			t.composite,
			t.rankP05,
			t.rankP95,
			t.stage,
			t.respondents
		]);
		expect(download.rows.map((r) => r[1])).toEqual(rows.map((r) => r.name));
		for (const row of download.rows) {
			expect(typeof row[2]).toBe('number');
			expect(typeof row[6]).toBe('number');
		}
		const governance = overviewPage(testBase('en', { dimension: 'governance' }), { previous: null, trend })!;
		expect(governance.table.download.columns).not.toContain(t.rankP05);
	});

	it('draws Taiwan, Hong Kong and Macau as no data, named in the language of the page', () => {
		const en = overviewPage(testBase('en'), { previous: null, trend })!;
		expect(en.map.data.rows.slice(-3)).toEqual([
			{ code: '71', name: 'Taiwan Province', value: null, rank: null },
			{ code: '81', name: 'Hong Kong SAR', value: null, rank: null },
			{ code: '82', name: 'Macao SAR', value: null, rank: null }
		]);
		const zh = overviewPage(testBase('zh-CN'), { previous: null, trend })!;
		expect(zh.map.data.rows.at(-1)!.name).toBe('澳门特别行政区');
		expect(zh.table.rows[0].name).toBe('北京市');
	});

	it('gives the zones and the share of inequality between them', () => {
		const page = overviewPage(testBase('en'), { previous: null, trend })!;
		expect(page.zones).toEqual([
			{ zone: 'east', name: 'East', value: '75.0', respondents: '240' },
			{ zone: 'west', name: 'West', value: '45.0', respondents: '160' }
		]);
		expect(page.betweenShare).toBe('80.0 %');
		expect(
			overviewPage(testBase('en', { dimension: 'infrastructure' }), { previous: null, trend })!.betweenShare
		).toBe('–');
	});

	it('draws a trend only over two rounds or more, a missing zone as a gap', () => {
		expect(overviewPage(testBase('en'), { previous: null, trend: trend.slice(1) })!.trend).toBeNull();
		const page = overviewPage(testBase('en'), { previous: null, trend })!;
		expect(page.trend!.data.years).toEqual([2023, 2024]);
		expect(page.trend!.data.series).toEqual([
			{ name: 'National', values: [55, 60] },
			{ name: 'East', values: [70, 75] },
			{ name: 'West', values: [40, null] }
		]);
		expect(page.trend!.caption).toContain('2023–2024');
	});

	it('says which method ranked the table', () => {
		const other = testRound(2024, { method: 'minmax/entropy/geometric' });
		const page = overviewPage(testBase('en', { view: other }), { previous: null, trend })!;
		expect(page.table.note).toBe(testBase('en').t.methodNote);
		// Every method's run has its own rank intervals (methodology §6.2): shown beside its ranks.
		expect(page.table.withInterval).toBe(true);
		expect(page.table.rows.filter((r) => r.interval !== '').length).toBeGreaterThan(0);
		expect(overviewPage(testBase('en'), { previous: null, trend })!.table.note).toBe(
			testBase('en').t.rankingNote
		);
	});
});
