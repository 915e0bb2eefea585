/**
 * The preview of a submission (issue #13) on the demo's rounds: a county's hospitals of the latest
 * round resubmitted from the `responses` export with one answer turned back, one number jumped
 * and one hospital left out. The dry run must count, list the changed cells, move the scores of
 * the respondents and of their county, city and province, warn three ways — and store nothing.
 * Then the same file is imported and the round scored again in full: the held-fixed figures of
 * the preview must be what the full scoring gives.
 */
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { scoreFromTotals } from '../../src/lib/analysis/score-moves.ts';
import { placeOfAnswer } from '../../src/lib/scoring/answer-indicator.ts';
import { DEFAULT_METHOD } from '../../src/lib/scoring/method.ts';
import { INTEROP_LEVELS, HOSPITAL } from '../../src/lib/survey/templates.ts';
import { runRegionSums, runScoresOf } from '../../src/lib/server/db/preview.repository.ts';
import { runKeyOf, runWithResults } from '../../src/lib/server/db/runs.repository.ts';
import { DEFAULT_FRAMEWORK } from '../../src/lib/server/framework-store.ts';
import { importSurveyBytes } from '../../src/lib/server/import-service.ts';
import { previewImport } from '../../src/lib/server/preview/preview-import.ts';
import { refreshRound } from '../../src/lib/server/refresh-service.ts';
import { REGIONS } from '../../src/lib/server/region-reference.ts';
import type { RegionMove, RoundMoves, ScoreSet } from '../../src/lib/views/submission-preview.ts';
import { queryRows, tableChecksum } from '../helpers/checksum.ts';
import { DIALECTS } from '../helpers/databases.ts';
import { demoForBlock } from '../helpers/demo-block.ts';

type Row = Record<string, string>;
const YEAR = 2024;
const PREVIOUS = 2023;
const KEYS = ['governance', 'infrastructure', 'application', 'composite'] as const;

async function exportCsv(url: string, table: string, year: number): Promise<Row[]> {
	let out = '';
	const code = await run(['export', table, '--year', String(year), '--db', url], {
		out: (t) => void (out += t),
		err: () => {}
	});
	expect(code).toBe(0);
	return Papa.parse<Row>(out, { header: true, skipEmptyLines: true }).data;
}

/** Each respondent's answers (indicator → value) from the `responses` export. */
function answersOf(rows: Row[]): Map<string, Record<string, number>> {
	const out = new Map<string, Record<string, number>>();
	for (const r of rows) {
		if (r.source !== 'answer') continue;
		const answers = out.get(r.respondent_id) ?? {};
		answers[r.indicator] = Number(r.value);
		out.set(r.respondent_id, answers);
	}
	return out;
}

const answerColumns = HOSPITAL.columns.filter((c) => c.role === 'answer');
/** Booleans that feed a framework indicator: turning one from yes to no must lower a score. */
const scoredBooleans = answerColumns.filter(
	(c) => c.type.kind === 'boolean' && placeOfAnswer(DEFAULT_FRAMEWORK, c.name) !== null
);
const zh = (name: string) => HOSPITAL.columns.find((c) => c.name === name)!.zh;

/** The file as a clerk writes it: Chinese headers, yes/no as 1/0, grades by their names. */
function surveyFile(
	year: number,
	hospitals: { id: string; name: string; group: string; region: string; answers: Record<string, number> }[]
) {
	const header = HOSPITAL.columns.map((c) => c.zh);
	const lines = hospitals.map((h) =>
		HOSPITAL.columns
			.map((c) => {
				if (c.name === 'year') return String(year);
				if (c.name === 'respondent_id') return h.id;
				if (c.name === 'name') return `"${h.name}"`;
				if (c.name === 'region_code') return h.region;
				if (c.name === 'grade') return h.group;
				const v = h.answers[c.name];
				if (v === undefined) return '';
				return c.type.kind === 'ordinal' ? INTEROP_LEVELS[v][0] : String(v);
			})
			.join(',')
	);
	return Buffer.from([header.join(','), ...lines].join('\r\n') + '\r\n');
}

const close = (a: number | null | undefined, b: number | null | undefined) => {
	expect(a).not.toBeNull();
	expect(a).toBeCloseTo(b!, 9);
};
const expectScores = (actual: ScoreSet | null, expected: { [k in (typeof KEYS)[number]]: number | null }) => {
	for (const k of KEYS) close(actual?.[k], expected[k]);
};

describe.each(DIALECTS)('the preview of a submission on %s', (dialect) => {
	const demo = demoForBlock(dialect);

	it('counts, lists changed cells, moves scores, warns, stores nothing — and matches a full scoring', async () => {
		// A county with hospitals of the round before that are gone from the latest round.
		const gone = await queryRows<{ respondent_id: string; region_code: string }>(
			demo.db.url,
			`select p.respondent_id, p.region_code from responses p where p.year = ${PREVIOUS} and p.superseded_by is null and p.survey = 'hospital' and p.region_code not like '%00' and not exists (select 1 from responses c where c.year = ${YEAR} and c.respondent_id = p.respondent_id and c.superseded_by is null) order by p.respondent_id`
		);
		const people = (await exportCsv(demo.db.url, 'respondents', YEAR)).filter((r) => r.survey === 'hospital');
		const now = answersOf(await exportCsv(demo.db.url, 'responses', YEAR));
		const before = answersOf(await exportCsv(demo.db.url, 'responses', PREVIOUS));
		const inCounty = (code: string) => people.filter((p) => p.region_code === code);
		const county = [...new Set(gone.map((g) => g.region_code))].find(
			(code) => inCounty(code).filter((p) => before.has(p.respondent_id)).length >= 3
		)!;
		expect(county).toBeDefined();
		const hospitals = inCounty(county).map((p) => ({
			id: p.respondent_id,
			name: p.name,
			group: p.group,
			region: p.region_code,
			answers: { ...now.get(p.respondent_id)! }
		}));
		// A: a scored yes both rounds, now no. B: staff more than three times last round's.
		const a = hospitals.find((h) =>
			scoredBooleans.some((c) => before.get(h.id)?.[c.name] === 1 && h.answers[c.name] === 1)
		)!;
		const turned = scoredBooleans.find((c) => before.get(a.id)![c.name] === 1 && a.answers[c.name] === 1)!;
		a.answers[turned.name] = 0;
		const b = hospitals.find((h) => h !== a && (before.get(h.id)?.it_staff ?? 0) > 0)!;
		const staffBefore = b.answers.it_staff;
		b.answers.it_staff = before.get(b.id)!.it_staff * 3 + 5;
		// D: left out of the file; still current in the round, so not missing.
		const dropped = hospitals.find((h) => h !== a && h !== b)!;
		const file = hospitals.filter((h) => h !== dropped);
		const bytes = surveyFile(YEAR, file);

		const checksum = await tableChecksum(demo.db.url);
		const { result, preview } = await previewImport(demo.database, () => Readable.from([bytes]), {
			fileName: 'county.csv',
			submittedBy: 'clerk'
		});
		expect(await tableChecksum(demo.db.url)).toBe(checksum);
		expect(result.ok).toBe(true);
		expect(preview).not.toBeNull();
		const p = preview!;
		// JSON all the way: it is stored with a staged upload and sent by the API.
		expect(JSON.parse(JSON.stringify(p))).toEqual(p);

		expect(p.counts).toEqual({ rows: file.length, new: 0, superseding: file.length });
		expect(p.changes.count).toBe(2);
		expect(
			p.changes.listed.map(({ respondentId, column, kind, before, after }) => ({
				respondentId,
				column,
				kind,
				before,
				after
			}))
		).toEqual(
			expect.arrayContaining([
				{ respondentId: a.id, column: zh(turned.name), kind: 'boolean', before: 1, after: 0 },
				{
					respondentId: b.id,
					column: zh('it_staff'),
					kind: 'number',
					before: staffBefore,
					after: b.answers.it_staff
				}
			])
		);

		const round = p.scores.find((s) => s.year === YEAR) as RoundMoves;
		expect(round.state).toBe('scored');
		expect(round.respondents.count).toBe(file.length);
		const moveOf = (id: string) => round.respondents.listed.find((m) => m.respondentId === id)!;
		expect(moveOf(a.id).after.composite!).toBeLessThan(moveOf(a.id).before!.composite!);
		const city = REGIONS.cityOf(county)!;
		const province = county.slice(0, 2);
		const regionOf = (list: { listed: RegionMove[] }, code: string) =>
			list.listed.find((r) => r.code === code)!;
		for (const [list, code] of [
			[round.regions.county, county],
			[round.regions.city, city],
			[round.regions.province, province]
		] as const) {
			const r = regionOf(list, code);
			expect(r, code).toBeDefined();
			expect(r.after!.composite).not.toBe(r.before!.composite);
		}

		const w = p.warnings;
		expect(w.byRule.backwards).toBeGreaterThanOrEqual(1);
		expect(w.byRule.jump).toBeGreaterThanOrEqual(1);
		expect(w.listed).toEqual(
			expect.arrayContaining([
				expect.objectContaining({
					rule: 'backwards',
					respondentId: a.id,
					column: zh(turned.name),
					previous: 1,
					current: 0,
					previousYear: PREVIOUS
				}),
				expect.objectContaining({
					rule: 'jump',
					respondentId: b.id,
					column: zh('it_staff'),
					current: b.answers.it_staff
				})
			])
		);
		const missing = w.listed.filter((x) => x.rule === 'missing');
		expect(missing.map((x) => x.respondentId)).toEqual(
			gone.filter((g) => g.region_code === county).map((g) => g.respondent_id)
		);
		expect(missing.map((x) => x.respondentId)).not.toContain(dropped.id);
		expect(w.byRule.missing).toBe(missing.length);
		for (const x of w.listed) {
			expect(x.message.en).not.toMatch(/\{\w+\}/);
			expect(x.message['zh-CN']).not.toMatch(/\{\w+\}/);
		}

		// The same file stored and the round scored again in full: the preview's figures, exactly.
		const stored = await importSurveyBytes(demo.database, bytes, {
			fileName: 'county.csv',
			submittedBy: 'operator'
		});
		expect(stored.ok).toBe(true);
		const { computed } = await refreshRound(demo.database, YEAR);
		expect(computed).toBe(true);
		const key = runKeyOf(YEAR, DEFAULT_FRAMEWORK, DEFAULT_METHOD);
		const full = (await runWithResults(demo.database.db, key))!;
		const rescored = await demo.database.db.transaction().execute((trx) =>
			runScoresOf(
				trx,
				full.run.id,
				YEAR,
				file.map((h) => h.id)
			)
		);
		for (const m of round.respondents.listed) expectScores(m.after, rescored.get(m.respondentId)!);
		const countySums = await demo.database.db
			.transaction()
			.execute((trx) => runRegionSums(trx, full.run.id, [county]));
		const totals = new Map(
			countySums.map((s) => [
				s.group,
				{
					n: s.n,
					total: {
						governance: s.governance,
						infrastructure: s.infrastructure,
						application: s.application,
						composite: s.composite
					}
				}
			])
		);
		expectScores(
			regionOf(round.regions.county, county).after,
			scoreFromTotals(totals, DEFAULT_FRAMEWORK.rollup.groupWeights)!.scores
		);
		expectScores(
			regionOf(round.regions.city, city).after,
			full.results.rollup.cities.find((c) => c.code === city)!.scores
		);
		expectScores(
			regionOf(round.regions.province, province).after,
			full.results.rollup.provinces.find((c) => c.code === province)!.scores
		);
	}, 300_000);

	it('says a round has no scores yet when it has no run', async () => {
		const [some] = answersOf(await exportCsv(demo.db.url, 'responses', YEAR)).values();
		const bytes = surveyFile(2031, [
			{ id: 'H-NEW-1', name: '新医院', group: 'tertiary', region: '110101', answers: some }
		]);
		const checksum = await tableChecksum(demo.db.url);
		const { result, preview } = await previewImport(demo.database, () => Readable.from([bytes]), {
			fileName: 'next.csv',
			submittedBy: 'clerk'
		});
		expect(result.ok ? [] : result.errors).toEqual([]);
		expect(await tableChecksum(demo.db.url)).toBe(checksum);
		expect(preview!.counts).toEqual({ rows: 1, new: 1, superseding: 0 });
		expect(preview!.scores).toEqual([
			expect.objectContaining({ year: 2031, state: 'unscored', respondents: { listed: [], count: 0 } })
		]);
	});
});
