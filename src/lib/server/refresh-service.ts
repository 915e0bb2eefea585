/**
 * Brings a round's stored run up to date with its data: reads the round once (in a snapshot),
 * scores every respondent, rolls the scores up to provinces, cities and zones, runs the respondent
 * bootstrap, the method audit and the rank-interval Monte Carlo centred on the run's method, and
 * for the default method also the rates; then stores it all as one run in one transaction. Pages and exports only ever
 * read what this stored.
 *
 * Who calls it: `himap import` (the rounds it touched, before it exits), `himap score`, `himap
 * export` (rounds not yet current), and the server's background runner (scoring-runner.ts), each
 * in a process of its own — never a page request. The scoring lock keeps two of them from
 * computing the same run at once. The run is written in one transaction at the end (seconds for a
 * million respondents, during which SQLite's other writers wait).
 */
import cityData from '../../../data/city-series.json' with { type: 'json' };
import { bootstrapRound, DEFAULT_BOOTSTRAP, type BootstrapSettings } from '../analysis/bootstrap.ts';
import { auditRows } from '../analysis/method-audit.ts';
import { rollUpRound } from '../analysis/round-rollup.ts';
import type { RoundRollup } from '../analysis/round-rollup.ts';
import type { Framework } from '../scoring/framework.ts';
import { DEFAULT_METHOD, methodFromKey, methodKey, type Method } from '../scoring/method.ts';
import { createRng } from '../scoring/random.ts';
import { scoreRound, type ScoredRound } from '../scoring/score-round.ts';
import type { HimapDatabase } from './db/connect.ts';
import { withScoringLock } from './db/dialect.ts';
import { roundYears } from './db/responses.repository.ts';
import { isFromSource, roundSource, type RoundSource } from './db/round-source.ts';
import * as runs from './db/runs.repository.ts';
import type { ScoreRun } from './db/schema.ts';
import { withSnapshot } from './db/snapshot.ts';
import { storedFrameworks } from './framework-service.ts';
import { DEFAULT_FRAMEWORK } from './framework-store.ts';
import { REGIONS } from './region-reference.ts';
import { readRoundData } from './round-data.ts';
import { DEFAULT_DRAWS, simulateRun } from './sensitivity-service.ts';

export const CITY_SERIES_1: ReadonlySet<string> = new Set(cityData.series1);
export { DEFAULT_DRAWS, DEFAULT_SEED } from './sensitivity-service.ts';

export interface RefreshOptions {
	method?: Method;
	framework?: Framework;
	/** The respondent bootstrap's draws and seed (default DEFAULT_BOOTSTRAP). */
	bootstrap?: BootstrapSettings;
	/** Compute again even if the stored run is current. */
	force?: boolean;
	/** Told what is being done, a step at a time (the CLI's progress line). */
	progress?(step: string): void;
}

export interface RefreshOutcome {
	/** Null for a round without responses. */
	run: ScoreRun | null;
	/** Whether a run was computed (false: the stored one was current). */
	computed: boolean;
}

export async function refreshRound(
	database: HimapDatabase,
	year: number,
	options: RefreshOptions = {}
): Promise<RefreshOutcome> {
	const method = options.method ?? DEFAULT_METHOD;
	const framework = options.framework ?? DEFAULT_FRAMEWORK;
	const progress = options.progress ?? (() => {});
	const key = runs.runKeyOf(year, framework, method);
	return withScoringLock(database, async () => {
		// Looked at again under the lock: another process may have just stored it.
		const existing = await runs.findRun(database.db, key);
		const source = await roundSource(database.db, year);
		if (source.newest === 0) return { run: null, computed: false };
		if (isCurrent(existing, source) && !options.force) return { run: existing!, computed: false };
		progress(`reading ${year}`);
		const data = await withSnapshot(database, (snapshot) => readRoundData(snapshot, year, framework));
		const respondents = data.columns.reduce((n, g) => n + g.ids.length, 0);
		// Nothing approved (yet, or any more: reopened): the round has no figures to show.
		if (respondents === 0) {
			if (existing) await runs.dropRun(database, key);
			return { run: null, computed: false };
		}
		progress(`scoring ${respondents.toLocaleString('en')} respondents of ${year} (${methodKey(method)})`);
		const scored = scoreRound(framework, data.columns, method);
		const results: runs.RunResults = {
			rollup: rollUpRound(framework, scored, REGIONS, CITY_SERIES_1),
			normalisation: scored.transforms
		};
		const settings = options.bootstrap ?? DEFAULT_BOOTSTRAP;
		progress(`bootstrap intervals for ${year} (${settings.draws.toLocaleString('en')} draws)`);
		results.bootstrap = unitBootstrap(framework, scored, results.rollup, settings);
		progress(`method audit for ${year}`);
		results.audit = auditRows(framework, data.columns, method);
		// Rank intervals vary the method around the run's own (methodology §6.2): every run has them.
		// A function of its own, so that the normalised columns it builds for a million respondents
		// are garbage as soon as it returns, not held to the end of the run.
		progress(`rank intervals for ${year} (${DEFAULT_DRAWS.toLocaleString('en')} draws)`);
		const ranked = new Set(results.rollup.provinces.filter((p) => p.rank !== null).map((p) => p.code));
		Object.assign(results, simulateRun(framework, method, data.columns, scored, ranked));
		// The rates do not depend on the method: they belong to the default method's run.
		if (methodKey(method) === methodKey(DEFAULT_METHOD)) {
			results.rates = data.rates;
			results.provinceRates = data.provinceRates;
		}
		progress(`storing the scores of ${year}`);
		const run = await runs.storeRun(
			database,
			{
				...key,
				source_max_response_id: data.source.newest,
				source_review_seq: data.source.reviewSeq,
				report: JSON.stringify(scored.report)
			},
			scored,
			results
		);
		return { run, computed: true };
	});
}

/** Every province's and city's scores resampled over its respondents (analysis/bootstrap.ts). */
function unitBootstrap(
	framework: Framework,
	scored: ScoredRound,
	rollup: RoundRollup,
	settings: BootstrapSettings
) {
	const units = [
		...rollup.provinces.map((p) => ({ level: 'province' as const, code: p.code })),
		...rollup.cities.map((c) => ({ level: 'city' as const, code: c.code }))
	];
	return bootstrapRound(scored, REGIONS, units, {
		...settings,
		rng: createRng(settings.seed),
		groupWeights: framework.rollup.groupWeights
	});
}

/**
 * Whether a stored run is what the round's responses give now: scored from the newest of them. A
 * run stored without its results (by a version of HIMAP before them) never is.
 */
function isCurrent(
	run: { readable: boolean; source_max_response_id: number; source_review_seq: number } | undefined,
	source: RoundSource
) {
	return run?.readable === true && isFromSource(run, source);
}

export interface PendingRun {
	year: number;
	method: Method;
	framework: Framework;
	/** When the run it replaces was computed; null for a round never scored under the method. */
	computedAt: string | null;
}

/**
 * The runs that are not current, the default framework's default method first: every round with
 * data under the default framework and method, and every other method — and stored framework
 * (docs/methodology.md section 3.7) — a round has been scored with (someone asked for it once, so
 * it is kept current too). `years` narrows it to the rounds an import touched.
 */
export async function pendingRuns(database: HimapDatabase, years?: readonly number[]): Promise<PendingRun[]> {
	const approved = await roundYears(database.db, { approved: true });
	const pending: PendingRun[] = [];
	const later: PendingRun[] = [];
	for (const framework of [DEFAULT_FRAMEWORK, ...(await storedFrameworks(database))]) {
		const stored = await runs.runsOf(database.db, framework);
		// Rounds with approved data (the default framework's; a stored one's only where it has a
		// run), and rounds scored before whose data has all gone back for review.
		const withData = framework === DEFAULT_FRAMEWORK ? approved : [];
		const rounds = [...new Set([...withData, ...stored.map((r) => r.year)])]
			.sort((a, b) => b - a)
			.filter((y) => !years || years.includes(y));
		for (const year of rounds) {
			const source = await roundSource(database.db, year);
			const ofYear = stored.filter((r) => r.year === year);
			const behind = (r: (typeof stored)[number] | undefined) => !isCurrent(r, source);
			const since = (r: (typeof stored)[number] | undefined) => (r?.readable ? r.computed_at : null);
			const byDefault = ofYear.find((r) => r.method === methodKey(DEFAULT_METHOD));
			if (framework === DEFAULT_FRAMEWORK && behind(byDefault))
				pending.push({ year, method: DEFAULT_METHOD, framework, computedAt: since(byDefault) });
			for (const r of ofYear) {
				const method = methodFromKey(r.method);
				if (method && (r !== byDefault || framework !== DEFAULT_FRAMEWORK) && behind(r))
					later.push({ year, method, framework, computedAt: since(r) });
			}
		}
	}
	return [...pending, ...later];
}
