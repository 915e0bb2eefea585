/**
 * The rank-uncertainty Monte Carlo's draws (docs/methodology.md §6.2) through the CLI on the demo,
 * on SQLite and PostgreSQL: the `sensitivity` quantiles are recomputed from the exported draws with
 * R's type 7 quantile written here from its definition (Hyndman & Fan 1996), not HIMAP's; a seed
 * and draw count of one's own run it afresh, reproducibly; and every method has intervals of its own.
 */
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { himap } from '../fixtures/cli.ts';
import { DIALECTS, type TestDatabase } from '../helpers/databases.ts';
import { demoDatabase } from '../helpers/demo-database.ts';

type Row = Record<string, string>;
const csv = (text: string) => Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;

/** Type 7: h = (n − 1)p, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]) over the sorted values (0-based). */
function type7(values: number[], p: number): number {
	const x = [...values].sort((a, b) => a - b);
	const h = (x.length - 1) * p;
	const lo = Math.floor(h);
	const q = x[lo] + (h - lo) * (x[Math.min(lo + 1, x.length - 1)] - x[lo]);
	return Math.round(q * 1e9) / 1e9; // the export's 9 decimals (§6.2, Output)
}

/** Each province's ranks over the draws, checked to be one per draw. */
function ranksByProvince(draws: Row[], count: number): Map<string, number[]> {
	const by = new Map<string, number[]>();
	for (const r of draws) by.set(r.province_code, [...(by.get(r.province_code) ?? []), Number(r.rank)]);
	for (const ranks of by.values()) expect(ranks).toHaveLength(count);
	expect(new Set(draws.map((r) => r.draw)).size).toBe(count);
	return by;
}

function expectQuantilesOf(sensitivity: Row[], draws: Row[], count: number) {
	const by = ranksByProvince(draws, count);
	expect([...by.keys()].sort()).toEqual(sensitivity.map((r) => r.province_code).sort());
	for (const row of sensitivity) {
		const ranks = by.get(row.province_code)!;
		expect([type7(ranks, 0.5), type7(ranks, 0.05), type7(ranks, 0.95)], row.province_code).toEqual([
			Number(row.median_rank),
			Number(row.rank_p05),
			Number(row.rank_p95)
		]);
	}
}

describe.each(DIALECTS)('the Monte Carlo draws on %s', (dialect) => {
	let db: TestDatabase;
	const cli = async (...args: string[]) => {
		const r = await himap([...args, '--db', db.url]);
		expect(r.code, r.err).toBe(0);
		return r.out;
	};
	// The first file of a run to ask seeds the demo template (minutes on a busy machine).
	beforeAll(async () => {
		db = await demoDatabase(dialect);
	}, 600_000);
	afterAll(() => db?.drop());

	it('exports the stored draws, from which the sensitivity quantiles are recomputed exactly', async () => {
		const sensitivity = csv(await cli('export', 'sensitivity', '--year', '2024'));
		const draws = csv(await cli('export', 'sensitivity-draws', '--year', '2024'));
		expect(sensitivity).toHaveLength(31);
		expect(draws).toHaveLength(1000 * 31);
		expectQuantilesOf(sensitivity, draws, 1000);
		expect(new Set(draws.map((r) => `${r.seed} ${r.draws} ${r.method}`))).toEqual(
			new Set(['20261122 1000 goalposts/framework/arithmetic/winsorise'])
		);
		expect(sensitivity[0]).toMatchObject({
			seed: '20261122',
			draws: '1000',
			framework_id: draws[0].framework_id
		});
		// What each draw chose, the same for all its rows; every normalisation and aggregation occurs.
		const chosen = new Map(draws.map((r) => [r.draw, `${r.normalise} ${r.aggregate}`]));
		expect(draws.every((r) => chosen.get(r.draw) === `${r.normalise} ${r.aggregate}`)).toBe(true);
		expect(new Set(chosen.values()).size).toBe(8);
		// Within a draw, the ranks follow the composites.
		const first = draws
			.filter((r) => r.draw === '1')
			.sort((a, b) => Number(b.composite) - Number(a.composite));
		expect(first.map((r) => Number(r.rank))).toEqual(first.map((_, i) => i + 1));
	});

	it('exports the weights of every draw: each drawn vector sums to 1', async () => {
		const weights = csv(await cli('export', 'sensitivity-weights', '--year', '2024'));
		const ofDraw = weights.filter((r) => r.draw === '7');
		expect(weights.length).toBe(1000 * ofDraw.length);
		const dimensions = ofDraw.filter((r) => r.level === 'dimension');
		expect(dimensions.map((r) => r.dimension)).toEqual(['governance', 'infrastructure', 'application']);
		expect(dimensions.reduce((s, r) => s + Number(r.weight), 0)).toBeCloseTo(1, 12);
		const county = ofDraw.filter((r) => r.level === 'indicator' && r.group === 'county');
		const pillars = new Set(county.map((r) => r.pillar));
		for (const pillar of pillars) {
			const w = county.filter((r) => r.pillar === pillar).map((r) => Number(r.weight));
			if (w.length > 1) expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
		}
	});

	it('runs the Monte Carlo afresh with --seed and --draws, the same bytes every time', async () => {
		const args = ['--year', '2024', '--seed', '7', '--draws', '200'];
		const draws = await cli('export', 'sensitivity-draws', ...args);
		expect(await cli('export', 'sensitivity-draws', ...args)).toBe(draws);
		const rows = csv(draws);
		expect(rows).toHaveLength(200 * 31);
		expect(new Set(rows.map((r) => `${r.seed} ${r.draws}`))).toEqual(new Set(['7 200']));
		const sensitivity = csv(await cli('export', 'sensitivity', ...args));
		expect(sensitivity[0]).toMatchObject({ seed: '7', draws: '200' });
		expectQuantilesOf(sensitivity, rows, 200);
		// The stored defaults, named, are the stored run.
		const stored = await cli('export', 'sensitivity', '--year', '2024');
		expect(
			await cli('export', 'sensitivity', '--year', '2024', '--seed', '20261122', '--draws', '1000')
		).toBe(stored);
	});

	it.each([
		[['sensitivity', '--draws', '0'], /--draws must be a whole number from 1 to 100000/],
		[['sensitivity-draws', '--draws', '100001'], /--draws must be/],
		[['sensitivity', '--draws', '2.5'], /--draws must be/],
		[['sensitivity', '--seed=-1'], /--seed must be a whole number from 0 to 4294967295/],
		[['sensitivity', '--seed', 'x'], /--seed must be/],
		[['provinces', '--seed', '7'], /apply to sensitivity, sensitivity-draws, sensitivity-weights only/]
	])('refuses %j with exit 2', async (args, message) => {
		const r = await himap(['export', ...args, '--db', db.url]);
		expect(r.code).toBe(2);
		expect(r.err).toMatch(message);
	});

	it('gives another method intervals of its own, around which its published ranks lie', async () => {
		for (const flags of [
			['--normalise', 'minmax'],
			['--weights', 'entropy']
		]) {
			const sensitivity = csv(await cli('export', 'sensitivity', '--year', '2024', ...flags));
			const provinces = csv(await cli('export', 'provinces', '--year', '2024', ...flags));
			expect(sensitivity).toHaveLength(31);
			expect(new Set(sensitivity.map((r) => r.method))).toEqual(new Set([provinces[0].method]));
			for (const row of sensitivity) {
				const rank = Number(provinces.find((p) => p.province_code === row.province_code)!.rank);
				expect(rank, `${flags} ${row.province_code}`).toBeGreaterThanOrEqual(Number(row.rank_p05));
				expect(rank, `${flags} ${row.province_code}`).toBeLessThanOrEqual(Number(row.rank_p95));
			}
			const draws = csv(await cli('export', 'sensitivity-draws', '--year', '2024', ...flags));
			expectQuantilesOf(sensitivity, draws, 1000);
		}
		// Entropy weights span a dimension: the indicator weights drawn around them have no pillar.
		const weights = csv(await cli('export', 'sensitivity-weights', '--year', '2024', '--weights', 'entropy'));
		const indicators = weights.filter((r) => r.draw === '1' && r.level === 'indicator');
		expect(indicators.length).toBeGreaterThan(0);
		expect(indicators.every((r) => r.pillar === '')).toBe(true);
	});
});
