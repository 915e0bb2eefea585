/**
 * What docs/reproduce.R computed in R from HIMAP's exports of the demo (data/reference/r-vectors/),
 * compared with what HIMAP exports now, on both databases, without needing R: Cronbach's alpha as
 * psych::alpha gives it, the Wilson interval of every rate as prop.test gives it, and every
 * province's bootstrap point estimate rebuilt from the respondents. (β- and σ-convergence, the
 * script's fourth output, are checked in panel-export.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, type TestDatabase } from '../helpers/databases.ts';
import { demoDatabase } from '../helpers/demo-database.ts';
import { exportCsv, parseCsv, type Row } from '../helpers/export-csv.ts';

const vector = (name: string) =>
	parseCsv(readFileSync(new URL(`../../data/reference/r-vectors/${name}`, import.meta.url), 'utf8'));

describe.each(DIALECTS)('the R reference vectors (%s)', (dialect) => {
	let database: TestDatabase;
	beforeAll(async () => {
		database = await demoDatabase(dialect);
	});
	afterAll(async () => database?.drop());

	it('reproduces psych::alpha: alpha, its items and units, and the constant items it dropped', async () => {
		const expected = vector('alpha.csv');
		expect(expected.length).toBeGreaterThan(30);
		for (const year of new Set(expected.map((r) => r.year))) {
			const audit = await exportCsv(database.url, 'audit', '--year', year);
			const of = (r: Row, measure: string) =>
				audit.filter((a) => a.group === r.group && a.dimension === r.dimension && a.measure === measure);
			for (const r of expected.filter((e) => e.year === year)) {
				const where = `${year} ${r.group} ${r.dimension}`;
				expect(Number(of(r, 'cronbach_alpha')[0]?.value), where).toBeCloseTo(Number(r.alpha), 12);
				expect(of(r, 'alpha_items')[0]?.value, where).toBe(r.items);
				expect(of(r, 'alpha_units')[0]?.value, where).toBe(r.units);
				const dropped = of(r, 'alpha_dropped_constant').map((a) => a.indicator);
				expect(dropped.join(' '), where).toBe(r.dropped);
			}
		}
	});

	it('reproduces prop.test: the 95 % Wilson interval of every rate', async () => {
		const expected = vector('wilson.csv');
		for (const year of new Set(expected.map((r) => r.year))) {
			const rates = await exportCsv(database.url, 'rates', '--year', year);
			const key = (r: Row) => [r.survey, r.group, r.indicator].join(' ');
			const ours = new Map(rates.map((r) => [key(r), r]));
			for (const r of expected.filter((e) => e.year === year)) {
				const row = ours.get(key(r))!;
				expect([row.numerator, row.denominator], key(r)).toEqual([r.numerator, r.denominator]);
				if (r.lower === '') expect(row.ci_lower, key(r)).toBe('');
				else {
					expect(Number(row.ci_lower), key(r)).toBeCloseTo(Number(r.lower), 10);
					expect(Number(row.ci_upper), key(r)).toBeCloseTo(Number(r.upper), 10);
				}
			}
		}
	});

	it("gives every province's bootstrap interval the point estimate R rebuilds from the respondents", async () => {
		const expected = vector('bootstrap.csv');
		for (const year of new Set(expected.map((r) => r.year))) {
			const bootstrap = await exportCsv(database.url, 'bootstrap', '--year', year);
			const ours = new Map(
				bootstrap.filter((b) => b.level === 'province').map((b) => [`${b.code} ${b.measure}`, b])
			);
			for (const r of expected.filter((e) => e.year === year)) {
				const row = ours.get(`${r.province_code} ${r.measure}`)!;
				expect(Number(row.estimate), `${year} ${r.province_code} ${r.measure}`).toBeCloseTo(
					Number(r.estimate),
					11
				);
				// The interval holds it, to the last digits of a sum taken in another order.
				expect(Number(row.ci_lower)).toBeLessThanOrEqual(Number(row.estimate) + 1e-9);
				expect(Number(row.ci_upper)).toBeGreaterThanOrEqual(Number(row.estimate) - 1e-9);
			}
		}
	});
});
