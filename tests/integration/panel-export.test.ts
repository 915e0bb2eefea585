/**
 * The `panel` and `convergence` exports on the demo's seven rounds (docs/methodology.md section
 * 5.1): the panel's province rows are the `provinces` table's, round by round, with changes that
 * are the differences of its figures; σ is the `disparity` table's `cv`; β agrees with R's `lm` run
 * on the exported panel (docs/reproduce.R; its output is data/reference/r-vectors/convergence.json).
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import reference from '../../data/reference/r-vectors/convergence.json' with { type: 'json' };
import { run } from '../../src/cli/main.ts';
import { DIALECTS, type TestDatabase } from '../helpers/databases.ts';
import { demoDatabase } from '../helpers/demo-database.ts';

type Row = Record<string, string>;
const SCORES = ['governance', 'infrastructure', 'application', 'composite'] as const;
const FIGURES = [...SCORES, 'rank', 'stage', 'respondents'] as const;
const BETA = ['beta', 'beta_se', 'beta_t', 'intercept', 'intercept_se', 'r_squared', 'speed'] as const;

async function exportCsv(url: string, table: string, ...flags: string[]): Promise<Row[]> {
	let out = '';
	let err = '';
	const code = await run(['export', table, '--db', url, ...flags], {
		out: (t) => void (out += t),
		err: (t) => void (err += t)
	});
	expect(code, err).toBe(0);
	if (flags.includes('json')) return JSON.parse(out) as Row[];
	return Papa.parse<Row>(out, { header: true, skipEmptyLines: true }).data;
}

const difference = (now: string, was: string) =>
	now === '' || was === '' ? '' : String(Number(now) - Number(was));

describe.each(DIALECTS)('panel and convergence exports on %s', (dialect) => {
	let db: TestDatabase;
	let panel: Row[];
	let provinces: Row[];
	let convergence: Row[];

	beforeAll(async () => {
		db = await demoDatabase(dialect);
		panel = await exportCsv(db.url, 'panel');
		provinces = await exportCsv(db.url, 'provinces');
		convergence = await exportCsv(db.url, 'convergence');
	}, 300_000);
	afterAll(() => db?.drop());

	it('has one province row per province and round, the provinces table’s figures, changes its differences', () => {
		const rows = panel.filter((r) => r.level === 'province');
		const years = [...new Set(provinces.map((p) => p.year))];
		expect(years).toEqual(['2018', '2019', '2020', '2021', '2022', '2023', '2024']);
		expect(rows).toHaveLength(provinces.length);
		expect(rows).toHaveLength(32 * 7);
		const of = new Map(provinces.map((p) => [`${p.year}:${p.province_code}`, p]));
		for (const r of rows) {
			const p = of.get(`${r.year}:${r.code}`)!;
			for (const f of FIGURES) expect(r[f], `${r.year} ${r.code} ${f}`).toBe(p[f]);
			expect([r.name, r.name_en, r.framework_id, r.method]).toEqual([
				p.province_name,
				p.province_name_en,
				p.framework_id,
				p.method
			]);
			const before = of.get(`${Number(r.year) - 1}:${r.code}`);
			expect(r.previous_year).toBe(before ? before.year : '');
			for (const f of FIGURES)
				expect(r[`${f}_change`], `${r.year} ${r.code} ${f}`).toBe(before ? difference(p[f], before[f]) : '');
		}
		// The composite change exactly as a reader computes it from `provinces`.
		const sichuan = (year: string) => Number(of.get(`${year}:51`)!.composite);
		const row = rows.find((r) => r.year === '2024' && r.code === '51')!;
		expect(Number(row.composite_change)).toBe(sichuan('2024') - sichuan('2023'));
	});

	it('follows cities, zones and the nation too, each unit once a round', () => {
		const levels = new Map<string, number>();
		for (const r of panel.filter((x) => x.year === '2024'))
			levels.set(r.level, (levels.get(r.level) ?? 0) + 1);
		expect(levels.get('zone4')).toBe(4);
		expect(levels.get('zone3')).toBe(3);
		expect(levels.get('national')).toBe(1);
		expect(levels.get('city')).toBeGreaterThan(300);
		const keys = panel.map((r) => `${r.year}:${r.level}:${r.code}`);
		expect(new Set(keys).size).toBe(keys.length);
		expect(
			panel.filter((r) => r.level !== 'province' && r.level !== 'city').every((r) => r.rank === '')
		).toBe(true);
	});

	it('gives one round asked for with its change since the round before, as in the whole panel', async () => {
		const one = await exportCsv(db.url, 'panel', '--year', '2024');
		expect(one).toEqual(panel.filter((r) => r.year === '2024'));
		expect(one.every((r) => r.previous_year === '2023')).toBe(true);
	});

	it("fits β as R's lm does on the exported panel, to 1e-10", () => {
		expect(reference.beta).toHaveLength(4 * 7);
		for (const fit of reference.beta) {
			const rows = convergence.filter(
				(r) =>
					r.year_from === String(fit.year_from) &&
					r.year_to === String(fit.year_to) &&
					r.dimension === fit.dimension
			);
			expect(rows.map((r) => r.measure)).toEqual([...BETA]);
			for (const r of rows) {
				const expected = fit[r.measure as (typeof BETA)[number]];
				const label = `${fit.year_from}–${fit.year_to} ${fit.dimension} ${r.measure}`;
				if (expected === null) expect(r.value, label).toBe('');
				// t is a ratio of about 45: its last digits are worth less than the others'.
				else
					expect(Math.abs(Number(r.value) - expected), label).toBeLessThan(
						r.measure === 'beta_t' ? 1e-9 : 1e-10
					);
				expect(r.n).toBe(String(fit.n));
			}
		}
	});

	it('gives σ as the disparity table’s cv, and R’s population CV', async () => {
		const disparity = await exportCsv(db.url, 'disparity');
		const sigma = convergence.filter((r) => r.measure === 'cv');
		expect(sigma).toHaveLength(7 * 4);
		for (const s of sigma) {
			expect(s.year_from).toBe(s.year_to);
			const cv = disparity.find(
				(d) => d.year === s.year_to && d.dimension === s.dimension && d.measure === 'cv'
			)!;
			expect(s.value).toBe(cv.value);
			expect(s.n).toBe(cv.provinces);
			const r = reference.sigma.find((x) => String(x.year) === s.year_to && x.dimension === s.dimension)!;
			expect(Math.abs(Number(s.value) - r.cv)).toBeLessThan(1e-12);
		}
	});

	it('is what the methodology quotes for the demo, first round to last (section 5.1)', () => {
		const doc = readFileSync(new URL('../../docs/methodology.md', import.meta.url), 'utf8');
		const section = doc.slice(doc.indexOf('### 5.1 '), doc.indexOf('## 6. '));
		const value = (from: string, to: string, dimension: string, measure: string) =>
			Number(
				convergence.find(
					(r) =>
						r.year_from === from && r.year_to === to && r.dimension === dimension && r.measure === measure
				)!.value
			);
		for (const dimension of SCORES) {
			const line = section.split('\n').find((l) => l.startsWith(`| \`${dimension}\``))!;
			const cells = line
				.split('|')
				.slice(2, -1)
				.map((c) => c.trim());
			const exported = [
				value('2018', '2018', dimension, 'cv'),
				value('2024', '2024', dimension, 'cv'),
				...['beta', 'beta_se', 'r_squared', 'speed'].map((m) => value('2018', '2024', dimension, m))
			];
			cells.forEach((cell, i) => {
				const digits = cell.split('.')[1].length;
				expect(cell, `${dimension} column ${i + 2}`).toBe(exported[i].toFixed(digits));
			});
		}
	});

	it('lists, for one round asked for, σ and β from the first round and from the round before', async () => {
		const one = await exportCsv(db.url, 'convergence', '--year', '2024', '--format', 'json');
		const pairs = new Set(one.map((r) => `${r.year_from}-${r.year_to}`));
		expect(pairs).toEqual(new Set(['2024-2024', '2018-2024', '2023-2024']));
		// JSON carries numbers: the 2018–2024 composite β is the CSV's to the last bit.
		const beta = (r: Row) =>
			r.dimension === 'composite' && r.measure === 'beta' && `${r.year_from}` === '2018';
		expect(String(one.find(beta)!.value)).toBe(
			convergence.find((r) => beta(r) && r.year_to === '2024')!.value
		);
		expect(one).toHaveLength(4 + 2 * 4 * 7);
	});
});
