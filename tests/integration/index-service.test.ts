/**
 * The index through the CLI on real databases: scores appear after an import with no extra step,
 * follow a supersede, record framework and method, and every index export is coherent.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { DIALECTS, type TestDatabase } from '../helpers/databases.ts';
import { demoDatabase } from '../helpers/demo-database.ts';

type Row = Record<string, string>;

async function cli(...args: string[]) {
	let out = '';
	let err = '';
	const code = await run(args, { out: (t) => void (out += t), err: (t) => void (err += t) });
	return { code, out, err };
}
const csv = (text: string) => Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;

describe.each(DIALECTS)('the index on %s', (dialect) => {
	let db: TestDatabase;
	beforeAll(async () => {
		db = await demoDatabase(dialect);
	});
	afterAll(() => db?.drop());

	it('scores a respondent right after an import, and follows a supersede', async () => {
		const before = csv((await cli('export', 'respondents', '--year', '2024', '--db', db.url)).out);
		const target = before.find((r) => r.group === 'county' && r.composite !== '')!;
		const dir = mkdtempSync(join(tmpdir(), 'himap-idx-'));
		const file = join(dir, 'resubmit.csv');
		// The same county commission resubmits with everything built and all technologies in use.
		writeFileSync(
			file,
			'year,respondent_id,name,region_code,level,platform_built,did_built,ehrd_built,emrd_built,tech_cloud,tech_bigdata,tech_iot,tech_mobile,tech_ai,it_staff,it_staff_bachelor_pct,security_system,mlps_evaluated,interop_level,institutions_connected_pct,telemedicine_coverage_pct\r\n' +
				`2024,${target.respondent_id},"${target.name}",${target.region_code},county,yes,yes,yes,yes,yes,yes,yes,yes,yes,30,100,yes,yes,5A,100,100\r\n`
		);
		expect((await cli('import', file, '--db', db.url)).out).toMatch(/1 superseded/);
		const after = csv((await cli('export', 'respondents', '--year', '2024', '--db', db.url)).out);
		const updated = after.find((r) => r.respondent_id === target.respondent_id)!;
		expect(Number(updated.composite)).toBe(100);
		expect(updated.stage).toBe('5');
		expect(after).toHaveLength(before.length);
	});

	it('recomputes under another method and records it', async () => {
		const scored = await cli(
			'score',
			'--year',
			'2024',
			'--normalise',
			'minmax',
			'--weights',
			'entropy',
			'--aggregate',
			'geometric',
			'--db',
			db.url
		);
		expect(scored.code).toBe(0);
		expect(scored.out).toMatch(
			/with himap-default 1\.0\.0, method minmax\/entropy\/geometric\/winsorise; run #\d+/
		);
		const rows = csv(
			(
				await cli(
					'export',
					'respondents',
					'--year',
					'2024',
					'--normalise',
					'minmax',
					'--weights',
					'entropy',
					'--aggregate',
					'geometric',
					'--db',
					db.url
				)
			).out
		);
		expect(new Set(rows.map((r) => r.method))).toEqual(new Set(['minmax/entropy/geometric/winsorise']));
		const composites = rows.filter((r) => r.composite !== '').map((r) => Number(r.composite));
		expect(Math.min(...composites)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...composites)).toBeLessThanOrEqual(100);
		expect((await cli('score', '--weights', 'magic', '--db', db.url)).code).toBe(2);
	});

	it('ranks cities in two series and rolls zones up', async () => {
		const cities = csv((await cli('export', 'cities', '--year', '2024', '--db', db.url)).out);
		const series1 = cities.filter((c) => c.series === '1');
		expect(series1.map((c) => c.city_code)).toEqual(expect.arrayContaining(['110000', '440100', '440300']));
		expect(cities.filter((c) => c.series === '2').length).toBeGreaterThan(200);
		// Each series ranked on its own, from 1, among the cities with at least 10 respondents; the
		// others follow, unranked (rank empty, ranked 0).
		for (const s of ['1', '2']) {
			const rows = cities.filter((c) => c.series === s);
			const ranked = rows.filter((c) => c.ranked === '1');
			expect(ranked.map((c) => Number(c.rank))[0]).toBe(1);
			expect(ranked.every((c) => Number(c.respondents) >= 10 && c.rank !== '')).toBe(true);
			const unranked = rows.filter((c) => c.ranked === '0');
			expect(unranked.every((c) => Number(c.respondents) < 10 && c.rank === '')).toBe(true);
			expect(rows.slice(ranked.length)).toEqual(unranked);
		}
		expect(cities.filter((c) => c.ranked === '0').length).toBeGreaterThan(0);
		const zones = csv((await cli('export', 'zones', '--year', '2024', '--db', db.url)).out);
		expect(
			zones
				.filter((z) => z.scheme === 'zone4')
				.map((z) => z.zone)
				.sort()
		).toEqual(['central', 'east', 'national', 'northeast', 'west']);
		const east = zones.find((z) => z.scheme === 'zone4' && z.zone === 'east')!;
		const west = zones.find((z) => z.scheme === 'zone4' && z.zone === 'west')!;
		expect(Number(east.composite)).toBeGreaterThan(Number(west.composite));
	});

	it('gives reproducible rank intervals that contain the median rank', async () => {
		const first = (await cli('export', 'sensitivity', '--year', '2024', '--db', db.url)).out;
		expect((await cli('export', 'sensitivity', '--year', '2024', '--db', db.url)).out).toBe(first);
		const rows = csv(first);
		// The ranked provinces only: the XPCC, on one respondent, is neither ranked nor simulated.
		expect(rows).toHaveLength(31);
		expect(rows.map((r) => r.province_code)).not.toContain('66');
		// Respondents are the simulation's units, so each published rank lies inside its interval.
		const provinces = csv((await cli('export', 'provinces', '--year', '2024', '--db', db.url)).out);
		for (const p of provinces.filter((x) => x.ranked === '1')) {
			const r = rows.find((x) => x.province_code === p.province_code)!;
			expect(Number(p.rank), p.province_code).toBeGreaterThanOrEqual(Number(r.rank_p05));
			expect(Number(p.rank), p.province_code).toBeLessThanOrEqual(Number(r.rank_p95));
		}
		for (const r of rows) {
			expect(Number(r.rank_p05)).toBeLessThanOrEqual(Number(r.median_rank));
			expect(Number(r.median_rank)).toBeLessThanOrEqual(Number(r.rank_p95));
			expect(r.draws).toBe('1000');
		}
	});

	it('audits correlations, alpha and outlier rules per group and dimension', async () => {
		const rows = csv((await cli('export', 'audit', '--year', '2024', '--db', db.url)).out);
		const alpha = rows.filter((r) => r.measure === 'cronbach_alpha' && r.group === 'tertiary');
		expect(alpha.map((r) => r.dimension).sort()).toEqual(['application', 'governance', 'infrastructure']);
		const correlations = rows.filter((r) => r.measure === 'correlation').map((r) => Number(r.value));
		expect(correlations.every((v) => v >= -1 && v <= 1)).toBe(true);
		expect(rows.some((r) => r.measure === 'outlier_rule_triggered' && r.indicator === 'it_staff')).toBe(true);
		expect(rows.filter((r) => r.measure === 'winsorised_points').every((r) => r.value === '0')).toBe(true);
	});

	it('audits any method on its own normalised scores: min–max winsorises (methodology §3.2)', async () => {
		const args = ['export', 'audit', '--year', '2024', '--normalise', 'minmax', '--db', db.url];
		const rows = csv((await cli(...args)).out);
		const treated = (group: string, indicator: string) =>
			rows.find((r) => r.measure === 'winsorised_points' && r.group === group && r.indicator === indicator)
				?.value;
		expect(treated('municipal', 'it_staff')).toBe('3');
		expect(treated('secondary', 'it_staff_master_pct')).toBe('5');
		const alpha = (r: Record<string, string>[]) =>
			r.find((a) => a.measure === 'cronbach_alpha' && a.group === 'tertiary' && a.dimension === 'governance')
				?.value;
		const byDefault = csv((await cli('export', 'audit', '--year', '2024', '--db', db.url)).out);
		expect(Number(alpha(rows))).not.toBe(Number(alpha(byDefault)));
	});

	it('labels population-weighted disparity measures and keeps the contract seven first', async () => {
		const rows = csv((await cli('export', 'disparity', '--year', '2024', '--db', db.url)).out);
		const measures = rows.filter((r) => r.dimension === 'composite').map((r) => r.measure);
		expect(measures.slice(0, 7)).toEqual([
			'cv',
			'gini',
			'theil_t',
			'theil_l',
			'theil_t_between',
			'theil_t_within',
			'max_min_ratio'
		]);
		expect(measures).toEqual(expect.arrayContaining(['theil_l_pop', 'gini_pop', 'theil_t_between_zone3']));
		const weighted = rows.find((r) => r.dimension === 'composite' && r.measure === 'theil_l_pop')!;
		expect(weighted.provinces).toBe('31');
	});
});
