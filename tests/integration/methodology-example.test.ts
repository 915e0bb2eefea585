/**
 * The worked example of docs/methodology.md §8 (and its Chinese twin), number by number, held to
 * the exports of a freshly seeded demo: the two respondents' answers, goalposts, indicator scores,
 * dimensions and composites; Sichuan's group means, composite, rank, rank interval and cities.
 * SQLite only, as methodology-numbers.test.ts says why.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../helpers/databases.ts';
import { demoDatabase } from '../helpers/demo-database.ts';
import { exportCsv, type Row } from '../helpers/export-csv.ts';
import { captured, fixed, methodology, sectionTables, type Language } from '../helpers/doc-claims.ts';

let database: TestDatabase;
const x: Record<string, Row[]> = {};
beforeAll(async () => {
	database = await demoDatabase('sqlite');
	for (const table of ['responses', 'codebook', 'respondents', 'provinces', 'cities', 'sensitivity'])
		x[table] = await exportCsv(database.url, table, ...(table === 'codebook' ? [] : ['--year', '2024']));
});
afterAll(async () => database?.drop());

/** The document's text from a heading to the next of its level or above. */
function section(doc: string, heading: string): string {
	const start = doc.indexOf(`\n${heading}`);
	const level = heading.split(' ')[0];
	const next = doc.slice(start + 1).search(new RegExp(`\\n#{2,${level.length}} `));
	return doc.slice(start, next < 0 ? undefined : start + 1 + next);
}

const MISSING = ['missing', '缺失'];
const BLANK = ['blank', '空白'];

describe.each(['en', 'zh'] as Language[])('the methodology §8 (%s)', (language) => {
	const doc = methodology(language);

	it.each([
		['### 8.1', 'RHC511703'],
		['### 8.2', 'H510303-0001']
	])('%s: %s, from its answers to its composite', (heading, id) => {
		const text = section(doc, heading);
		const answers = new Map(
			x.responses.filter((r) => r.respondent_id === id).map((r) => [r.indicator, r.value])
		);
		const respondent = x.respondents.find((r) => r.respondent_id === id)!;
		// The raw answers, as listed: `column` value (or blank).
		const listed = [...text.matchAll(/`(\w+)` (\d+(?:\.\d+)?|blank|空白)(?=[，,；;。.\s]|$)/g)];
		expect(listed.length).toBeGreaterThan(10);
		for (const [, column, value] of listed)
			expect(BLANK.includes(value) ? undefined : Number(value), column).toBe(
				answers.has(column) ? Number(answers.get(column)) : undefined
			);
		// The indicator table: value, goalposts of the group, and the goalpost score.
		const [indicators] = sectionTables(text, heading);
		expect(indicators.length).toBeGreaterThan(9);
		for (const [, cell, shown, goalposts, score] of indicators) {
			const indicator = cell.replace(/`/g, '');
			const book = x.codebook.find((c) => c.indicator === indicator && c.group === respondent.group)!;
			expect(goalposts, indicator).toBe(`${book.goalpost_lower}–${book.goalpost_upper}`);
			if (MISSING.includes(shown)) {
				expect(answers.has(indicator), indicator).toBe(false);
				continue;
			}
			const value = Number(answers.get(indicator));
			expect(Number(shown), indicator).toBe(value);
			const s = Math.min(
				100,
				Math.max(
					0,
					(100 * (value - Number(book.goalpost_lower))) /
						(Number(book.goalpost_upper) - Number(book.goalpost_lower))
				)
			);
			const [first] = captured(score, /^(\d+(?:\.\d+)?)/);
			expect(first, indicator).toBe(fixed(s, first.split('.')[1]?.length ?? 0));
		}
		// Dimensions, composite, stage and coverage.
		for (const dimension of ['governance', 'infrastructure', 'application', 'composite'])
			expect(captured(text, new RegExp(`${dimension} = [^*]*\\*\\*(\\d+\\.\\d+)\\*\\*`))[0], dimension).toBe(
				fixed(respondent[dimension], 4)
			);
		expect(captured(text, /composite = [^\n]*?\*\*\d+\.\d+\*\*[^\n]*?\*\*(\d)\*\*/)[0]).toBe(
			respondent.stage
		);
		const [coverage] = captured(text, /coverage = [^*]*\*\*(\d+(?:\.\d+)?)\*\*/);
		expect(coverage).toBe(String(Number(fixed(respondent.coverage, coverage.split('.')[1]?.length ?? 0))));
		expect(respondent.flag).toBe('');
	});

	it('### 8.3: Sichuan: group means, composite, rank, rank interval and cities', () => {
		const text = section(doc, '### 8.3');
		const [groups, neighbours] = sectionTables(text, '### 8.3');
		const mine = x.respondents.filter((r) => r.province_code === '51' && !r.flag);
		const order = ['provincial', 'municipal', 'county', 'tertiary', 'secondary', 'other'];
		const mean = (rows: Row[], column: string) =>
			rows.reduce((s, r) => s + Number(r[column]), 0) / rows.length;
		const dims = ['governance', 'infrastructure', 'application', 'composite'];
		order.forEach((group, i) => {
			const rows = mine.filter((r) => r.group === group);
			expect(groups[i].slice(1, 6), group).toEqual([
				String(rows.length),
				...dims.map((d) => fixed(mean(rows, d), 4))
			]);
		});
		const sichuan = x.provinces.find((p) => p.province_code === '51')!;
		expect(groups[6].slice(1, 6)).toEqual([String(mine.length), ...dims.map((d) => fixed(sichuan[d], 4))]);
		for (const [rank, name, composite] of neighbours) {
			const code = captured(name, /(\d{2})$/)[0];
			const province = x.provinces.find((p) => p.province_code === code)!;
			expect([rank, composite], name).toEqual([province.rank, fixed(province.composite, 4)]);
		}
		const ranked = x.provinces.filter((p) => p.ranked === '1').length;
		const [rank, of] = captured(text, language === 'en' ? /Rank (\d+) of (\d+)/ : /在(\d+)个中排名第(\d+)/);
		expect(language === 'en' ? [rank, of] : [of, rank]).toEqual([sichuan.rank, String(ranked)]);
		const interval = x.sensitivity.find((s) => s.province_code === '51')!;
		const quoted = captured(
			text,
			language === 'en'
				? /median rank (\d+), 5–95% interval (\d+)–(\d+)/
				: /排名中位数(\d+)，5–95%区间(\d+)–(\d+)/
		);
		// Whole ranks, as the dashboard shows them (methodology §7.1): the 5 % bound down, the 95 % up.
		expect(quoted).toEqual([
			interval.median_rank,
			String(Math.floor(Number(interval.rank_p05))),
			String(Math.ceil(Number(interval.rank_p95)))
		]);
		const series2 = x.cities.filter((c) => c.series === '2');
		const [all, rankedCities] = captured(
			text,
			language === 'en'
				? /series 2: (\d+) cities, (\d+) of them ranked/
				: /第二序列：(\d+)个城市，其中(\d+)个参与排名/
		);
		expect([all, rankedCities]).toEqual(
			[series2.length, series2.filter((c) => c.ranked === '1').length].map(String)
		);
		for (const name of ['达州市', '自贡市']) {
			const city = x.cities.find((c) => c.city_name === name)!;
			const pattern =
				language === 'en'
					? new RegExp(`${name} \\((\\d+) respondents\\) scores (\\d+\\.\\d+) and ranks (\\d+)`)
					: new RegExp(`${name}（(\\d+)个填报机构）得分(\\d+\\.\\d+)，排名第(\\d+)`);
			expect(captured(text, pattern), name).toEqual([city.respondents, fixed(city.composite, 4), city.rank]);
		}
	});
});
