/**
 * The score moves of one round in a preview: each incoming respondent scored on its own against
 * the framework (scoring/score-fixed.ts: exact under the default method, whose goalposts and
 * framework weights the run held), compared with what the round's latest run gave it, and the
 * regions that hold it shifted by the difference (analysis/score-moves.ts). Memory: the batch, a
 * capped list of the largest moves, and one running shift per affected region — bounded by the
 * region reference, since every region code was checked against it.
 */
import type { Transaction } from 'kysely';
import type { RankedRegion } from '../../analysis/regional-tables.ts';
import { SCORE_KEYS } from '../../analysis/rollup.ts';
import {
	RegionShift,
	scoreFromTotals,
	shiftedScore,
	totalsOf,
	type GroupTotals,
	type ScoreSet as FullScores
} from '../../analysis/score-moves.ts';
import type { RespondentGroup } from '../../survey/templates.ts';
import { levelOfCode } from '../../survey/regions.ts';
import { DEFAULT_METHOD } from '../../scoring/method.ts';
import { scoreFixed } from '../../scoring/score-fixed.ts';
import type { RespondentScore } from '../../scoring/score.ts';
import type {
	RegionLevel,
	RegionMove,
	RespondentMove,
	RoundMoves,
	ScoreSet
} from '../../views/submission-preview.ts';
import { PREVIEW_CAPS } from '../../views/submission-preview.ts';
import { runScoresOf, runRegionSums, type RunScore } from '../db/preview.repository.ts';
import { runKeyOf, runWithResults } from '../db/runs.repository.ts';
import type { Database } from '../db/schema.ts';
import { DEFAULT_FRAMEWORK } from '../framework-store.ts';
import { REGIONS } from '../region-reference.ts';
import { TopMoves } from './top-moves.ts';

/** A row as the collector hands it on: answers decoded once for every part of the preview. */
export interface PreviewRow {
	row: number;
	respondentId: string;
	name: string;
	group: RespondentGroup;
	regionCode: string;
	answers: Record<string, number>;
}

interface LoadedRun {
	id: number;
	computedAt: string;
	provinces: Map<string, RankedRegion>;
	cities: Map<string, RankedRegion>;
}

const WEIGHTS = DEFAULT_FRAMEWORK.rollup.groupWeights as Record<RespondentGroup, number>;

/** The county, city and province a region code counts towards in a roll-up (round-rollup.ts). */
function regionsOf(code: string): [RegionLevel, string][] {
	const out: [RegionLevel, string][] = [];
	if (levelOfCode(code) === 'county') out.push(['county', code]);
	const city = REGIONS.cityOf(code);
	if (city !== null) out.push(['city', city]);
	out.push(['province', code.slice(0, 2)]);
	return out;
}

const fullOf = (s: RunScore | RespondentScore): FullScores | null =>
	s.flag || s.composite === null
		? null
		: {
				governance: s.governance!,
				infrastructure: s.infrastructure!,
				application: s.application!,
				composite: s.composite
			};

const setOf = (s: RunScore | RespondentScore): ScoreSet => ({
	governance: s.governance,
	infrastructure: s.infrastructure,
	application: s.application,
	composite: s.composite
});

export class RoundMovesTracker {
	/** Undefined until the first batch of the round looks; null when the round has no run. */
	private run: LoadedRun | null | undefined;
	private readonly shifts = new Map<string, { level: RegionLevel; code: string; shift: RegionShift }>();
	private readonly top = new TopMoves(PREVIEW_CAPS.respondents);

	constructor(readonly year: number) {}

	async batch(trx: Transaction<Database>, rows: readonly PreviewRow[]): Promise<void> {
		if (this.run === undefined) this.run = await loadRun(trx, this.year);
		const run = this.run;
		if (!run) return;
		const after = scoreFixed(DEFAULT_FRAMEWORK, DEFAULT_METHOD, rows);
		const before = await runScoresOf(
			trx,
			run.id,
			this.year,
			rows.map((r) => r.respondentId)
		);
		rows.forEach((r, i) => {
			const old = before.get(r.respondentId);
			const oldScores = old && fullOf(old);
			if (old && oldScores)
				for (const [level, code] of regionsOf(old.regionCode))
					this.shift(level, code).remove(old.group, oldScores);
			const newScores = fullOf(after[i]);
			if (newScores)
				for (const [level, code] of regionsOf(r.regionCode)) this.shift(level, code).add(r.group, newScores);
			const move: RespondentMove = {
				row: r.row,
				respondentId: r.respondentId,
				name: r.name,
				group: r.group,
				before: old ? setOf(old) : null,
				after: setOf(after[i])
			};
			this.top.add(move);
		});
	}

	private shift(level: RegionLevel, code: string): RegionShift {
		const key = `${level}:${code}`;
		let s = this.shifts.get(key);
		if (!s) this.shifts.set(key, (s = { level, code, shift: new RegionShift() }));
		return s.shift;
	}

	async finish(trx: Transaction<Database>): Promise<RoundMoves> {
		const run = this.run ?? (this.run === undefined ? await loadRun(trx, this.year) : null);
		const empty = { listed: [], count: 0 };
		if (!run)
			return {
				year: this.year,
				state: 'unscored',
				runComputedAt: null,
				respondents: empty,
				regions: { county: empty, city: empty, province: empty }
			};
		const counties = await countyTotals(
			trx,
			run.id,
			[...this.shifts.values()].filter((s) => s.level === 'county').map((s) => s.code)
		);
		const moves: Record<RegionLevel, RegionMove[]> = { county: [], city: [], province: [] };
		for (const { level, code, shift } of this.shifts.values()) {
			const stored =
				level === 'province' ? run.provinces.get(code) : level === 'city' ? run.cities.get(code) : undefined;
			const totals =
				level === 'county' ? (counties.get(code) ?? new Map()) : stored ? totalsOf(stored) : new Map();
			const before = level === 'county' ? scoreFromTotals(totals, WEIGHTS) : (stored ?? null);
			const after = shiftedScore(totals, shift, WEIGHTS);
			moves[level].push({
				level,
				code,
				name: regionName(level, code),
				before: before && { ...before.scores },
				after: after && { ...after.scores }
			});
		}
		const capped = (list: RegionMove[], cap: number) => ({
			listed: list
				.sort((a, b) => regionDelta(b) - regionDelta(a) || a.code.localeCompare(b.code))
				.slice(0, cap),
			count: list.length
		});
		return {
			year: this.year,
			state: 'scored',
			runComputedAt: run.computedAt,
			respondents: this.top.result(),
			regions: {
				county: capped(moves.county, PREVIEW_CAPS.counties),
				city: capped(moves.city, PREVIEW_CAPS.cities),
				province: capped(moves.province, PREVIEW_CAPS.cities)
			}
		};
	}
}

const regionDelta = (m: RegionMove) =>
	m.before?.composite != null && m.after?.composite != null
		? Math.abs(m.after.composite - m.before.composite)
		: Infinity;

function regionName(level: RegionLevel, code: string): { zh: string; en: string } {
	const record = REGIONS.get(level === 'province' ? `${code}0000` : code);
	return { zh: record?.name ?? code, en: record?.nameEn ?? record?.name ?? code };
}

async function loadRun(trx: Transaction<Database>, year: number): Promise<LoadedRun | null> {
	const found = await runWithResults(trx, runKeyOf(year, DEFAULT_FRAMEWORK, DEFAULT_METHOD));
	if (!found) return null;
	const { rollup } = found.results;
	return {
		id: found.run.id,
		computedAt: found.run.computed_at,
		provinces: new Map(rollup.provinces.map((p) => [p.code, p])),
		cities: new Map(rollup.cities.map((c) => [c.code, c]))
	};
}

/** The run's group totals of each county, read a few hundred codes at a time. */
async function countyTotals(
	trx: Transaction<Database>,
	runId: number,
	codes: string[]
): Promise<Map<string, GroupTotals>> {
	const out = new Map<string, GroupTotals>();
	for (let i = 0; i < codes.length; i += 500)
		for (const r of await runRegionSums(trx, runId, codes.slice(i, i + 500))) {
			let totals = out.get(r.regionCode);
			if (!totals) out.set(r.regionCode, (totals = new Map()));
			const total = { governance: 0, infrastructure: 0, application: 0, composite: 0 };
			for (const k of SCORE_KEYS) total[k] = r[k];
			totals.set(r.group, { n: r.n, total });
		}
	return out;
}
