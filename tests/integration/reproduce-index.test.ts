/**
 * What a researcher does in R: take the `responses` and `codebook` exports, recompute every
 * respondent's default composite by the documented formulas — with no HIMAP code — and compare
 * with the `respondents` export; check province ranks against composites and the `disparity`
 * export against the exported province scores.
 */
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { DIALECTS, type TestDatabase } from '../helpers/databases.ts';
import { demoDatabase } from '../helpers/demo-database.ts';

type Row = Record<string, string>;
const YEAR = '2018';

async function exportCsv(url: string, table: string, year = YEAR): Promise<Row[]> {
	let out = '';
	const code = await run(['export', table, '--year', year, '--db', url], {
		out: (t) => void (out += t),
		err: () => {}
	});
	expect(code).toBe(0);
	return Papa.parse<Row>(out, { header: true, skipEmptyLines: true }).data;
}

/** Σ w x / Σ w over present values; NaN when none. */
function mean(values: number[], weights: number[]): number {
	let s = 0;
	let w = 0;
	values.forEach((v, i) => {
		if (!Number.isNaN(v)) {
			s += weights[i] * v;
			w += weights[i];
		}
	});
	return w === 0 ? NaN : s / w;
}

function recompute(codebook: Row[], answers: Map<string, number>, group: string) {
	const rows = codebook.filter((c) => c.group === group);
	const threshold = Number(rows[0].coverage_threshold);
	let present = 0;
	const dims = new Map<
		string,
		{ weight: number; pillars: Map<string, { weight: number; s: number[]; w: number[] }> }
	>();
	for (const c of rows) {
		const x = answers.get(c.indicator);
		const lo = Number(c.goalpost_lower);
		const hi = Number(c.goalpost_upper);
		let s = NaN;
		if (x !== undefined) {
			present++;
			s = Math.min(100, Math.max(0, (100 * (x - lo)) / (hi - lo)));
			if (c.direction === 'negative') s = 100 - s;
		}
		if (!dims.has(c.dimension))
			dims.set(c.dimension, { weight: Number(c.dimension_weight), pillars: new Map() });
		const pillars = dims.get(c.dimension)!.pillars;
		if (!pillars.has(c.pillar)) pillars.set(c.pillar, { weight: Number(c.pillar_weight), s: [], w: [] });
		pillars.get(c.pillar)!.s.push(s);
		pillars.get(c.pillar)!.w.push(Number(c.weight));
	}
	const dimensionScores = [...dims.values()].map((d) => {
		const ps = [...d.pillars.values()];
		return {
			weight: d.weight,
			score: mean(
				ps.map((p) => mean(p.s, p.w)),
				ps.map((p) => p.weight)
			)
		};
	});
	const coverage = present / rows.length;
	if (coverage < threshold || dimensionScores.some((d) => Number.isNaN(d.score)))
		return { coverage, composite: null };
	return {
		coverage,
		composite: mean(
			dimensionScores.map((d) => d.score),
			dimensionScores.map((d) => d.weight)
		)
	};
}

describe.each(DIALECTS)('reproducing the index from exports on %s', (dialect) => {
	let db: TestDatabase;
	let respondents: Row[];
	let responses: Row[];
	let codebook: Row[];
	beforeAll(async () => {
		db = await demoDatabase(dialect);
		[respondents, responses, codebook] = await Promise.all(
			['respondents', 'responses', 'codebook'].map((t) => exportCsv(db.url, t))
		);
	});
	afterAll(() => db?.drop());

	it('recomputes every default composite from responses + codebook to 1e-9', () => {
		const answers = new Map<string, Map<string, number>>();
		for (const r of responses) {
			if (!answers.has(r.respondent_id)) answers.set(r.respondent_id, new Map());
			answers.get(r.respondent_id)!.set(r.indicator, Number(r.value));
		}
		expect(respondents.length).toBeGreaterThan(7000);
		let scored = 0;
		for (const r of respondents) {
			const mine = recompute(codebook, answers.get(r.respondent_id) ?? new Map(), r.group);
			expect(Number(r.coverage)).toBeCloseTo(mine.coverage, 12);
			if (mine.composite === null) {
				expect(r.composite, r.respondent_id).toBe('');
				continue;
			}
			scored++;
			expect(Math.abs(Number(r.composite) - mine.composite), r.respondent_id).toBeLessThan(1e-9);
			expect(Number(r.composite)).toBeGreaterThanOrEqual(0);
			expect(Number(r.composite)).toBeLessThanOrEqual(100);
			expect(Number(r.stage)).toBeGreaterThanOrEqual(1);
			expect(Number(r.stage)).toBeLessThanOrEqual(5);
		}
		expect(scored).toBeGreaterThan(7000);
		expect(new Set(respondents.map((r) => r.framework_version))).toEqual(new Set(['1.0.0']));
	});

	it('rolls respondents up to each province as documented: group means, then group weights', async () => {
		const provinces = await exportCsv(db.url, 'provinces');
		const groupWeight = new Map(codebook.map((c) => [c.group, Number(c.group_weight)]));
		for (const p of provinces) {
			const groups = new Map<string, number[]>();
			for (const r of respondents) {
				if (r.province_code !== p.province_code || r.composite === '') continue;
				groups.set(r.group, [...(groups.get(r.group) ?? []), Number(r.composite)]);
			}
			let total = 0;
			let weight = 0;
			for (const [group, values] of groups) {
				total += groupWeight.get(group)! * (values.reduce((a, b) => a + b, 0) / values.length);
				weight += groupWeight.get(group)!;
			}
			expect(Math.abs(Number(p.composite) - total / weight), p.province_code).toBeLessThan(1e-9);
			expect(Number(p.respondents)).toBe([...groups.values()].reduce((n, v) => n + v.length, 0));
		}
	});

	it('ranks the provincial units with 30 respondents or more by composite, and no other', async () => {
		const provinces = await exportCsv(db.url, 'provinces');
		expect(provinces).toHaveLength(32);
		const ranked = provinces.filter((p) => Number(p.respondents) >= 30);
		expect(ranked.length).toBeLessThan(32);
		const sorted = [...ranked].sort((a, b) => Number(b.composite) - Number(a.composite));
		sorted.forEach((p, i) => expect([p.rank, p.ranked]).toEqual([String(i + 1), '1']));
		for (const p of provinces.filter((x) => Number(x.respondents) < 30))
			expect([p.rank, p.ranked]).toEqual(['', '0']);
	});

	it('agrees with an independent disparity computation from the exported province scores', async () => {
		const provinces = await exportCsv(db.url, 'provinces');
		const disparity = await exportCsv(db.url, 'disparity');
		for (const dimension of ['governance', 'infrastructure', 'application', 'composite']) {
			const x = provinces.map((p) => Number(p[dimension]));
			const n = x.length;
			const mu = x.reduce((s, v) => s + v, 0) / n;
			const sd = Math.sqrt(x.reduce((s, v) => s + (v - mu) ** 2, 0) / n);
			let pairs = 0;
			for (const a of x) for (const b of x) pairs += Math.abs(a - b);
			const T = x.reduce((s, v) => s + (v / mu) * Math.log(v / mu), 0) / n;
			const L = x.reduce((s, v) => s + Math.log(mu / v), 0) / n;
			const zones = new Map<string, number[]>();
			provinces.forEach((p, i) => zones.set(p.zone4, [...(zones.get(p.zone4) ?? []), x[i]]));
			let between = 0;
			let within = 0;
			for (const xs of zones.values()) {
				const mg = xs.reduce((s, v) => s + v, 0) / xs.length;
				const share = (xs.length * mg) / (n * mu);
				between += share * Math.log(mg / mu);
				within += share * (xs.reduce((s, v) => s + (v / mg) * Math.log(v / mg), 0) / xs.length);
			}
			const expected: Record<string, number> = {
				cv: sd / mu,
				gini: pairs / (2 * n * n * mu),
				theil_t: T,
				theil_l: L,
				theil_t_between: between,
				theil_t_within: within,
				max_min_ratio: Math.max(...x) / Math.min(...x)
			};
			for (const [measure, value] of Object.entries(expected)) {
				const row = disparity.find((d) => d.dimension === dimension && d.measure === measure);
				expect(Math.abs(Number(row?.value) - value), `${dimension} ${measure}`).toBeLessThan(1e-9);
			}
		}
	});
});
