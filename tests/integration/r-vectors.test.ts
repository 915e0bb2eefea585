/**
 * What docs/reproduce.R computed in R from HIMAP's exports of the demo (data/reference/r-vectors/),
 * compared with what HIMAP exports now, on both databases, without needing R: Cronbach's alpha as
 * psych::alpha gives it.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { DIALECTS, type TestDatabase } from '../helpers/databases.ts';
import { demoDatabase } from '../helpers/demo-database.ts';

type Row = Record<string, string>;

const parse = (text: string) => Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;
const vector = (name: string) =>
	parse(readFileSync(new URL(`../../data/reference/r-vectors/${name}`, import.meta.url), 'utf8'));

async function exportCsv(url: string, table: string, ...args: string[]): Promise<Row[]> {
	let out = '';
	const code = await run(['export', table, ...args, '--db', url], {
		out: (t) => void (out += t),
		err: () => {}
	});
	expect(code).toBe(0);
	return parse(out);
}

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
});
