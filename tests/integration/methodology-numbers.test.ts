/**
 * Every figure docs/methodology.md (and its Chinese twin) quotes from the demo, held to the exports
 * of a freshly seeded demo, so the document cannot drift from the data again (the §8.3 rank interval
 * once did). A number changed by a change to the scoring fails here, naming the sentence to update.
 * On SQLite only: what is checked is the document; both databases export the same numbers
 * (tests/integration/reproduce-index.test.ts, r-vectors.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_METHOD } from '../../src/lib/scoring/method.ts';
import { scoreRound } from '../../src/lib/scoring/score-round.ts';
import { openDatabase } from '../../src/lib/server/db/connect.ts';
import { withSnapshot } from '../../src/lib/server/db/snapshot.ts';
import { DEFAULT_FRAMEWORK } from '../../src/lib/server/framework-store.ts';
import { readRoundData } from '../../src/lib/server/round-data.ts';
import { simulateRun } from '../../src/lib/server/sensitivity-service.ts';
import type { TestDatabase } from '../helpers/databases.ts';
import { demoDatabase } from '../helpers/demo-database.ts';
import { exportCsv, type Row } from '../helpers/export-csv.ts';
import { captured, count, fixed, methodology, sectionTables, type Language } from '../helpers/doc-claims.ts';

const by = <T extends Row>(rows: T[], key: (r: T) => string) => new Map(rows.map((r) => [key(r), r]));

let database: TestDatabase;
let xpccRanks: number[];
const x: Record<string, Row[]> = {};
let outliers: {
	group: string;
	indicator: string;
	points: number;
	skewBefore: number;
	skewAfter: number;
	kurtosisBefore: number;
	kurtosisAfter: number;
}[];

beforeAll(async () => {
	database = await demoDatabase('sqlite');
	for (const table of ['respondents', 'provinces', 'cities', 'disparity', 'sensitivity', 'audit'])
		x[table] = await exportCsv(database.url, table, '--year', '2024');
	x.audit2018 = await exportCsv(database.url, 'audit', '--year', '2018');
	x.minmax = await exportCsv(database.url, 'audit', '--year', '2024', '--normalise', 'minmax');
	const db = openDatabase(database.url);
	try {
		const run = await db.db
			.selectFrom('score_runs')
			.select('report')
			.where('year', '=', 2024)
			.where('method', '=', 'minmax/framework/arithmetic/winsorise')
			.executeTakeFirstOrThrow();
		outliers = JSON.parse(run.report).outliers;
		// The XPCC ranked among the others (§4, §6.2): the span of its ranks over the stored draws.
		const data = await withSnapshot(db, (snapshot) => readRoundData(snapshot, 2024, DEFAULT_FRAMEWORK));
		const scored = scoreRound(DEFAULT_FRAMEWORK, data.columns, DEFAULT_METHOD);
		const all = new Set(x.provinces.map((p) => p.province_code));
		const { draws } = simulateRun(DEFAULT_FRAMEWORK, DEFAULT_METHOD, data.columns, scored, all);
		const k = draws.provinces.indexOf('66');
		const ranks = draws.ranks.map((r) => r[k]);
		xpccRanks = [Math.min(...ranks), Math.max(...ranks)];
	} finally {
		await db.close();
	}
});
afterAll(async () => database?.drop());

describe.each(['en', 'zh'] as Language[])('the methodology (%s) quotes the demo as it is', (language) => {
	const doc = methodology(language);
	const respondents = () => x.respondents;
	const groupCount = (group: string) => respondents().filter((r) => r.group === group).length;

	it('§1 and §3.1: the round 2024 counts and its flagged respondents', () => {
		const commissions = ['provincial', 'municipal', 'county'].map(groupCount);
		const hospitals = ['tertiary', 'secondary', 'other'].map(groupCount);
		const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);
		expect(doc).toContain(count(sum(commissions)));
		for (const n of [...commissions, ...hospitals, sum(hospitals)]) expect(doc).toContain(count(n));
		const flagged = respondents().filter((r) => r.flag);
		const [nFlagged, nAll, county, municipal] = captured(
			doc,
			language === 'en'
				? /(\d+) of ([\d,]+) respondents are flagged, all `empty_dimension` \((\d+) county and (\d+) municipal/
				: /([\d,]+)个填报机构中有(\d+)个被标记，全部为 `empty_dimension`（(\d+)个县级和(\d+)个地市级/
		);
		const [flags, all] = language === 'en' ? [nFlagged, nAll] : [nAll, nFlagged];
		expect([flags, all, county, municipal]).toEqual(
			[
				flagged.length,
				count(respondents().length),
				...['county', 'municipal'].map((g) => flagged.filter((r) => r.group === g).length)
			].map(String)
		);
		expect(flagged.every((r) => r.flag === 'empty_dimension')).toBe(true);
	});

	it('§3.2: what min–max winsorises in 2024', () => {
		const of = (group: string, indicator: string) =>
			outliers.find((o) => o.group === group && o.indicator === indicator)!;
		expect(outliers).toHaveLength(5);
		const it = of('municipal', 'it_staff');
		const words =
			language === 'en'
				? /`municipal \/ it_staff`: (\d+) points; skew (\d+\.\d+) → (\d+\.\d+), kurtosis (\d+\.\d+) → (\d+\.\d+)/
				: /`municipal \/ it_staff`：(\d+)个点；偏度 (\d+\.\d+) → (\d+\.\d+)，峰度 (\d+\.\d+) → (\d+\.\d+)/;
		expect(captured(doc, words)).toEqual([
			String(it.points),
			...[it.skewBefore, it.skewAfter, it.kurtosisBefore, it.kurtosisAfter].map((v) => fixed(v, 2))
		]);
		const master = of('other', 'it_staff_master_pct');
		const quoted = captured(
			doc,
			/`other \/ it_staff_master_pct`[：:][^\d]*(\d+\.\d+) → (\d+\.\d+)[，,][^\d]*(\d+\.\d+) → (\d+\.\d+)/
		);
		expect(quoted).toEqual(
			[master.skewBefore, master.skewAfter, master.kurtosisBefore, master.kurtosisAfter].map((v) =>
				fixed(v, 2)
			)
		);
		const [each] = captured(
			doc,
			language === 'en'
				? /`secondary \/ it_staff_senior_pct`: (\d+) points each/
				: /`secondary \/ it_staff_senior_pct`：各(\d+)个点/
		);
		const [senior] = captured(
			doc,
			language === 'en'
				? /`other \/ it_staff_senior_pct`: (\d+) points/
				: /`other \/ it_staff_senior_pct`：(\d+)个点/
		);
		expect(
			[
				of('secondary', 'it_staff_master_pct').points,
				of('secondary', 'it_staff_senior_pct').points,
				of('other', 'it_staff_senior_pct').points
			].map(String)
		).toEqual([each, each, senior]);
	});

	it('§4: the XPCC, the regions outside any city, series 2 and the unranked', () => {
		const provinces = by(x.provinces, (r) => r.province_code);
		expect(doc).toContain(fixed(provinces.get('66')!.composite, 4));
		const [from, to] = captured(
			doc,
			language === 'en' ? /anywhere from (\d+)st to (\d+)nd over the draws/ : /可从第(\d+)名到第(\d+)名不等/
		);
		expect([from, to]).toEqual(xpccRanks.map(String));
		expect(doc).toContain(
			language === 'en' ? `(${from}st to ${to}nd in the demo's round 2024)` : `第${from}名到第${to}名`
		);
		const cities = x.cities;
		const series2 = cities.filter((c) => c.series === '2');
		expect(
			captured(
				doc,
				language === 'en'
					? /Series 2\*\*: every other prefecture-level city\. Round 2024 has (\d+)/
					: /第二序列\*\*：其余所有地级市。2024年度有(\d+)个/
			)
		).toEqual([String(series2.length)]);
		const unranked = (rows: Row[]) => rows.filter((r) => r.ranked === '0').length;
		const quoted = captured(
			doc,
			language === 'en'
				? /so (\d+) are ranked, and (\d+) of the (\d+) cities \((\d+) in series 1, (\d+) in series 2\) unranked/
				: /参与排名的省级单位为(\d+)个；(\d+)个城市中有(\d+)个（第一序列(\d+)个，第二序列(\d+)个）/
		);
		const ranked = String(x.provinces.length - unranked(x.provinces));
		const [all, none] = [String(cities.length), String(unranked(cities))];
		expect(quoted).toEqual([
			ranked,
			...(language === 'en' ? [none, all] : [all, none]),
			String(unranked(cities.filter((c) => c.series === '1'))),
			String(unranked(series2))
		]);
		const scored = respondents().filter((r) => !r.flag);
		const cityOf = new Set(cities.map((c) => c.city_code));
		const outside = scored.filter(
			(r) =>
				!cityOf.has(`${r.region_code.slice(0, 4)}00`) && !['11', '12', '31', '50'].includes(r.province_code)
		);
		const quotedOutside = captured(
			doc,
			language === 'en'
				? /In 2024 this is (\d+) scored respondents \((\d+) provincial commissions, (\d+) county commissions, (\d+) hospitals\)/
				: /2024年这类已评分机构有(\d+)个（(\d+)个省级卫生健康委、(\d+)个县级卫生健康委、(\d+)家医院）/
		);
		const kinds = ['provincial', 'county'].map((g) => outside.filter((r) => r.group === g).length);
		expect(quotedOutside).toEqual(
			[outside.length, ...kinds, outside.filter((r) => r.survey === 'hospital').length].map(String)
		);
	});

	it('§5: the disparity illustration', () => {
		const composite = by(
			x.disparity.filter((r) => r.dimension === 'composite'),
			(r) => r.measure
		);
		const value = (measure: string) => Number(composite.get(measure)!.value);
		const [table] = sectionTables(doc, '## 5.').filter((t) => t[0]?.[0] === '`cv`');
		for (const [m1, v1, m2, v2] of table)
			for (const [measure, shown] of [
				[m1, v1],
				[m2, v2]
			]) {
				const decimals = shown.split('.')[1].length;
				expect(shown, measure).toBe(fixed(value(measure.replace(/`/g, '')), decimals));
			}
		const share = (part: string, whole: string) => fixed((100 * value(part)) / value(whole), 1);
		const [zone4, zone3] = captured(
			doc,
			language === 'en'
				? /between-zone share of T is (\d+\.\d+)% by zone4 and (\d+\.\d+)% by zone3/
				: /区域间部分的占比按 zone4 为(\d+\.\d+)%，按 zone3 为(\d+\.\d+)%/
		);
		expect([zone4, zone3]).toEqual([
			share('theil_t_between', 'theil_t'),
			share('theil_t_between_zone3', 'theil_t')
		]);
		const [pop] = captured(
			doc,
			language === 'en'
				? /Population-weighted, the between-zone share of L is (\d+\.\d+)%/
				: /人口加权时，泰尔L中区域间部分的占比为(\d+\.\d+)%/
		);
		expect(pop).toBe(share('theil_l_between_pop', 'theil_l_pop'));
		// §8.4: what was recomputed outside HIMAP.
		const rows = captured(doc, language === 'en' ? /all (\d+) `disparity` rows/ : /全部(\d+)行 `disparity`/);
		const cities = captured(
			doc,
			language === 'en' ? /the (\d+) cities, and both zone schemes/ : /(\d+)个城市以及两种区域方案/
		);
		expect([...rows, ...cities]).toEqual([x.disparity.length, x.cities.length].map(String));
	});

	it('§6.1: where the outlier rule fires, and alpha with its constant item dropped', () => {
		const fired = x.audit
			.filter((r) => r.measure === 'outlier_rule_triggered' && r.value === '1')
			.map((r) => `${r.group} / ${r.indicator}`);
		expect(fired.sort()).toEqual([
			'municipal / it_staff',
			'other / it_staff_master_pct',
			'other / it_staff_senior_pct',
			'secondary / it_staff_master_pct',
			'secondary / it_staff_senior_pct'
		]);
		const alpha = (rows: Row[], group: string, dimension: string) =>
			rows.find((r) => r.measure === 'cronbach_alpha' && r.group === group && r.dimension === dimension)!
				.value;
		const quoted = captured(doc, /alpha[^*]*\*\*(\d+\.\d+)\*\*[^*]*\*\*(\d+\.\d+)\*\*/);
		expect(quoted).toEqual([
			fixed(alpha(x.audit, 'provincial', 'governance'), 4),
			fixed(alpha(x.audit2018, 'provincial', 'infrastructure'), 4)
		]);
	});
});
