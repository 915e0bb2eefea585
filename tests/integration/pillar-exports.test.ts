/**
 * The `normalised` and `pillars` exports against what scoring computes, on the demo's 2024 round
 * (both databases): every normalised value equals the round's column normalised by normalise.ts
 * (after treatOutliers where the method treats outliers), bit for bit, under each normalisation;
 * a respondent's pillar scores averaged with the framework's pillar weights give its stored
 * dimension scores; the tables' sizes (the XLSX refusal) are their row counts.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { arithmetic } from '../../src/lib/scoring/aggregate.ts';
import { indicatorsOf } from '../../src/lib/scoring/framework.ts';
import { parseMethod } from '../../src/lib/scoring/method.ts';
import { normalise, type NormaliseMethod } from '../../src/lib/scoring/normalise.ts';
import { treatOutliers } from '../../src/lib/scoring/outliers.ts';
import type { HimapDatabase } from '../../src/lib/server/db/connect.ts';
import { csvLines, jsonObjects } from '../../src/lib/exports/row-text.ts';
import { withSnapshot } from '../../src/lib/server/db/snapshot.ts';
import { normalised, pillars } from '../../src/lib/server/exports/pillar-tables.ts';
import { exportProvenance } from '../../src/lib/server/exports/provenance.ts';
import { DEFAULT_FRAMEWORK } from '../../src/lib/server/framework-store.ts';
import { storedRound } from '../../src/lib/server/index-service.ts';
import { readRoundData } from '../../src/lib/server/round-data.ts';
import { DIALECTS } from '../helpers/databases.ts';
import { demoForBlock } from '../helpers/demo-block.ts';

type Row = Record<string, string>;
const YEAR = 2024;
const framework = DEFAULT_FRAMEWORK;

async function exportCsv(url: string, table: string, flags: string[] = []): Promise<Row[]> {
	let out = '';
	let err = '';
	const code = await run(['export', table, '--year', String(YEAR), ...flags, '--db', url], {
		out: (t) => void (out += t),
		err: (t) => void (err += t)
	});
	expect(code, err).toBe(0);
	return Papa.parse<Row>(out, { header: true, skipEmptyLines: true }).data;
}

const num = (cell: string) => (cell === '' ? NaN : Number(cell));
const key = (r: Record<string, unknown>) => `${r.survey}/${r.respondent_id}`;

/**
 * What scoring does to each group's indicator, redone from the round's columns with the public
 * functions: respondent key → indicator → [raw, treated, normalised].
 */
async function expected(database: HimapDatabase, method: NormaliseMethod) {
	const data = await withSnapshot(database, (s) => readRoundData(s, YEAR, framework));
	const ids = await database.db
		.selectFrom('responses')
		.select(['id', 'survey', 'respondent_id'])
		.where('year', '=', YEAR)
		.execute();
	const keyOf = new Map(ids.map((r) => [r.id, key(r)]));
	const out = new Map<string, Map<string, [number, number, number]>>();
	for (const g of data.columns)
		g.entries.forEach(({ indicator }, e) => {
			const raw = Array.from(g.raw[e]);
			const treatable = indicator.kind === 'continuous' && (method === 'minmax' || method === 'zscore');
			const treated = treatable ? treatOutliers(raw).values.map((v) => (v === null ? NaN : v)) : raw;
			const posts = indicator.goalposts[g.group]!;
			const scores = normalise(method, treated, posts, indicator.direction === 'negative');
			g.ids.forEach((id, k) => {
				const at = keyOf.get(id)!;
				if (!out.has(at)) out.set(at, new Map());
				out.get(at)!.set(indicator.id, [raw[k], treated[k], scores[k]]);
			});
		});
	return out;
}

/** A table written by its own text path and row by row (what XLSX reads), in both formats. */
async function bothWays(database: HimapDatabase, table: typeof normalised, normalise: NormaliseMethod) {
	const round = (await storedRound(database, YEAR, parseMethod({ normalise }), framework))!;
	return withSnapshot(database, async (snapshot) => {
		const source = {
			snapshot,
			years: [YEAR],
			rounds: [round],
			framework: round.framework,
			provenance: exportProvenance(round.method, [round])
		};
		const out: Record<string, string> = {};
		for (const format of ['csv', 'json'] as const) {
			const join = async (batches: AsyncIterable<string[]>) => {
				let text = '';
				for await (const batch of batches) text += batch.join('\n') + '\n';
				return text;
			};
			const rows = (format === 'csv' ? csvLines : jsonObjects)(table, table.rows(source));
			out[`${format} text`] = await join(table.text!(source, format));
			out[`${format} rows`] = await join(rows);
		}
		return out;
	});
}

async function sizeOf(database: HimapDatabase, table: typeof normalised, flags: NormaliseMethod) {
	const round = (await storedRound(database, YEAR, parseMethod({ normalise: flags }), framework))!;
	return withSnapshot(database, async (snapshot) => {
		const size = await table.size!({
			snapshot,
			years: [YEAR],
			rounds: [round],
			framework: round.framework,
			provenance: exportProvenance(round.method, [round])
		});
		return { ...size, counted: await size.exact() };
	});
}

describe.each(DIALECTS)('pillars and normalised exports (%s)', (dialect) => {
	const demo = demoForBlock(dialect);

	// The transforms' arithmetic is the same whatever the database; what PostgreSQL adds is the
	// reading path, which a bounded and a data-scaled, winsorised normalisation cover.
	it.each(
		dialect === 'sqlite'
			? (['goalposts', 'minmax', 'zscore', 'rank'] as const)
			: (['goalposts', 'minmax'] as const)
	)(
		'normalised under %s is normalise.ts on the round, bit for bit',
		async (method) => {
			const rows = await exportCsv(demo.db.url, 'normalised', ['--normalise', method]);
			const want = await expected(demo.database, method);
			let compared = 0;
			let moved = 0;
			for (const r of rows) {
				const [raw, treated, score] = want.get(key(r))!.get(r.indicator)!;
				expect([num(r.value), num(r.treated), num(r.normalised)], `${key(r)} ${r.indicator}`).toEqual([
					raw,
					treated,
					score
				]);
				if (!Number.isNaN(score)) compared++;
				if (!Object.is(raw, treated)) moved++;
			}
			// Every respondent of the round has a row per indicator of its group; the winsorised
			// values of methodology §3.2 are there under min–max and z-score.
			expect(rows.length).toBe([...want.values()].reduce((n, m) => n + m.size, 0));
			expect(compared).toBeGreaterThan(100_000);
			if (method === 'minmax' || method === 'zscore') expect(moved).toBeGreaterThan(0);
			else expect(moved).toBe(0);
			expect(rows.every((r) => r.method === `${method}/framework/arithmetic/winsorise`)).toBe(true);
			const written = await bothWays(demo.database, normalised, method);
			expect(written['csv text']).toBe(written['csv rows']);
			expect(written['json text']).toBe(written['json rows']);
			expect(await sizeOf(demo.database, normalised, method)).toMatchObject({
				min: rows.length,
				max: rows.length,
				counted: rows.length
			});
		},
		300_000
	);

	it('pillar scores averaged with the pillar weights give the stored dimension scores', async () => {
		const [rows, respondents] = [
			await exportCsv(demo.db.url, 'pillars'),
			await exportCsv(demo.db.url, 'respondents')
		];
		const pillarWeight = new Map(
			indicatorsOf(framework).map((e) => [e.pillar.id, [e.dimension.id, e.pillar.weight] as const])
		);
		const byRespondent = new Map<string, Row[]>();
		for (const r of rows) byRespondent.set(key(r), [...(byRespondent.get(key(r)) ?? []), r]);
		let checked = 0;
		let flagged = 0;
		for (const resp of respondents) {
			const own = byRespondent.get(key(resp))!;
			for (const r of own) expect(pillarWeight.get(r.pillar)?.[0]).toBe(r.dimension);
			if (resp.flag) {
				// Flagged: no dimension scores, but the pillars with a value present are scored.
				flagged++;
				expect(own.some((r) => r.score !== '')).toBe(true);
				continue;
			}
			for (const dimension of ['governance', 'infrastructure', 'application']) {
				const parts = own.filter((r) => r.dimension === dimension);
				const score = arithmetic(
					parts.map((r) => num(r.score)),
					parts.map((r) => pillarWeight.get(r.pillar)![1])
				);
				expect(Math.abs(score - Number(resp[dimension]))).toBeLessThanOrEqual(1e-12);
				checked++;
			}
		}
		expect(flagged).toBe(9);
		expect(checked).toBe(3 * (respondents.length - 9));
		const written = await bothWays(demo.database, pillars, 'goalposts');
		expect(written['csv text']).toBe(written['csv rows']);
		expect(written['json text']).toBe(written['json rows']);
		expect(await sizeOf(demo.database, pillars, 'goalposts')).toMatchObject({
			min: rows.length,
			counted: rows.length
		});
	}, 300_000);

	it('under entropy weights the pillars, weighted by their indicators’ weights present, give the dimension', async () => {
		const flags = ['--weights', 'entropy'];
		const rows = await exportCsv(demo.db.url, 'pillars', flags);
		const values = await exportCsv(demo.db.url, 'normalised', flags);
		const respondents = await exportCsv(demo.db.url, 'respondents', flags);
		const method = parseMethod({ weights: 'entropy' });
		const round = (await storedRound(demo.database, YEAR, method, framework))!;
		const weights = JSON.parse(round.run.report).weights as Record<string, Record<string, number>>;
		const pillarOf = new Map(indicatorsOf(framework).map((e) => [e.indicator.id, e.pillar.id]));
		// A pillar's weight in its dimension: the sum of its indicators' weights over those present.
		const present = new Map<string, number>();
		for (const v of values)
			if (v.normalised !== '') {
				const at = `${key(v)}/${pillarOf.get(v.indicator)}`;
				present.set(at, (present.get(at) ?? 0) + weights[v.group][v.indicator]);
			}
		const byRespondent = new Map<string, Row[]>();
		for (const r of rows) byRespondent.set(key(r), [...(byRespondent.get(key(r)) ?? []), r]);
		let checked = 0;
		for (const resp of respondents.filter((r) => !r.flag))
			for (const dimension of ['governance', 'infrastructure', 'application']) {
				const parts = byRespondent.get(key(resp))!.filter((r) => r.dimension === dimension);
				const score = arithmetic(
					parts.map((r) => num(r.score)),
					parts.map((r) => present.get(`${key(r)}/${r.pillar}`) ?? 0)
				);
				expect(Math.abs(score - Number(resp[dimension]))).toBeLessThanOrEqual(1e-9);
				checked++;
			}
		expect(checked).toBeGreaterThan(20_000);
	}, 300_000);
});
