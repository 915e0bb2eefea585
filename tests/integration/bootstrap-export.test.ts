/**
 * The `bootstrap` export on the demo, as a researcher reads it beside `provinces` and `cities`
 * (docs/methodology.md §6.4): every province and city has its four measures, each estimate is the
 * published score to the last digit, and the same seed gives the same bytes.
 */
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { himap } from '../fixtures/cli.ts';
import { DIALECTS, type TestDatabase } from '../helpers/databases.ts';
import { demoDatabase } from '../helpers/demo-database.ts';

type Row = Record<string, string>;
const MEASURES = ['governance', 'infrastructure', 'application', 'composite'];

const rowsOf = (csv: string) => Papa.parse<Row>(csv, { header: true, skipEmptyLines: true }).data;

describe.each(DIALECTS)('export bootstrap (%s)', (dialect) => {
	let db: TestDatabase;
	let first: string;
	const exportCsv = async (table: string) => {
		const r = await himap(['export', table, '--year', '2024', '--db', db.url]);
		expect(r.code, r.err).toBe(0);
		return r.out;
	};

	beforeAll(async () => {
		db = await demoDatabase(dialect);
		first = await exportCsv('bootstrap');
	});
	afterAll(async () => db?.drop());

	it("gives every province and city its four measures, the estimate the published score's exact text", async () => {
		const rows = rowsOf(first);
		expect(first.split('\r\n')[0]).toBe(
			'year,level,code,name,measure,estimate,ci_lower,ci_upper,se,draws,seed,framework_id,framework_version,method'
		);
		const at = new Map(rows.map((r) => [`${r.level}|${r.code}|${r.measure}`, r]));
		const provinces = rowsOf(await exportCsv('provinces'));
		const cities = rowsOf(await exportCsv('cities'));
		expect(provinces.filter((p) => p.ranked === '1').length).toBeGreaterThan(25);
		for (const [level, units, code] of [
			['province', provinces, 'province_code'],
			['city', cities, 'city_code']
		] as const) {
			for (const unit of units) {
				for (const measure of MEASURES) {
					const row = at.get(`${level}|${unit[code]}|${measure}`);
					expect(row, `${level} ${unit[code]} ${measure}`).toBeDefined();
					expect(row!.estimate).toBe(unit[measure]);
					expect(Number(row!.ci_lower)).toBeLessThanOrEqual(Number(row!.ci_upper));
					expect(Number(row!.se)).toBeGreaterThanOrEqual(0);
					expect([row!.draws, row!.seed, row!.method]).toEqual(['1000', '20261130', unit.method]);
				}
			}
		}
		expect(rows).toHaveLength(4 * (provinces.length + cities.length));
		// A ranked province (30 or more respondents): an interval with width, around its score.
		for (const p of provinces.filter((p) => p.ranked === '1')) {
			const row = at.get(`province|${p.province_code}|composite`)!;
			expect(Number(row.ci_upper) - Number(row.ci_lower)).toBeGreaterThan(0);
			expect(Number(row.ci_lower)).toBeLessThan(Number(p.composite));
			expect(Number(row.ci_upper)).toBeGreaterThan(Number(p.composite));
		}
	});

	it('gives the same bytes when the run is computed again with the same seed', async () => {
		const again = await himap([
			'score',
			'--year',
			'2024',
			'--bootstrap-draws',
			'1000',
			'--bootstrap-seed',
			'20261130',
			'--db',
			db.url
		]);
		expect(again.code, again.err).toBe(0);
		expect(again.out).toMatch(/^scored /);
		expect(await exportCsv('bootstrap')).toBe(first);
	});

	it('refuses a draw count or seed that is not a whole number', async () => {
		for (const flags of [
			['--bootstrap-draws', '0'],
			['--bootstrap-seed', '1.5']
		]) {
			const r = await himap(['score', ...flags, '--db', db.url]);
			expect(r.code).toBe(2);
			expect(r.err).toMatch(new RegExp(`${flags[0]} must be a whole number`));
		}
	});
});
