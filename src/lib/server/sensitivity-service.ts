/**
 * The rank-uncertainty Monte Carlo of a scored run (docs/methodology.md §6.2), centred on the run's
 * method: run by refresh-service.ts with the stored seed and draw count for every run, and by
 * `himap export sensitivity|sensitivity-draws|sensitivity-weights --seed --draws` afresh, in the
 * CLI's own process, when another seed or count is asked for. Never on a request path.
 */
import { uncertaintyInputs, type MonteCarloDraws } from '../analysis/rank-profiles.ts';
import { rankUncertainty, type RankInterval } from '../analysis/sensitivity.ts';
import type { GroupColumns } from '../scoring/columns.ts';
import type { Framework } from '../scoring/framework.ts';
import type { Method } from '../scoring/method.ts';
import { createRng } from '../scoring/random.ts';
import { scoreRound, type ScoredRound } from '../scoring/score-round.ts';
import type { Snapshot } from './db/snapshot.ts';
import type { StoredRound } from './index-service.ts';
import { readRoundData } from './round-data.ts';

/** The Monte Carlo behind every stored rank interval: its draws and seed, written beside them in the exports. */
export const DEFAULT_DRAWS = 1000;
export const DEFAULT_SEED = 20261122;
export const MAX_DRAWS = 100_000;

/** The tables made from the rank-uncertainty Monte Carlo: those a seed and draw count apply to. */
export const MONTE_CARLO_TABLES: readonly string[] = [
	'sensitivity',
	'sensitivity-draws',
	'sensitivity-weights'
];

export interface MonteCarloOptions {
	seed: number;
	draws: number;
}

export const STORED_MONTE_CARLO: MonteCarloOptions = { seed: DEFAULT_SEED, draws: DEFAULT_DRAWS };

export const isStoredMonteCarlo = (o: MonteCarloOptions) =>
	o.seed === STORED_MONTE_CARLO.seed && o.draws === STORED_MONTE_CARLO.draws;

/**
 * A seed and draw count as typed (`--seed`, `--draws`, `?seed=&draws=`), each defaulting to the
 * stored one; throws a message saying what is wrong. The seed is a 32-bit state (scoring/random.ts),
 * so it is an integer 0–4294967295, every one a different stream.
 */
export function parseMonteCarlo(values: { seed?: string | null; draws?: string | null }): MonteCarloOptions {
	const integer = (
		text: string | null | undefined,
		name: string,
		min: number,
		max: number,
		fallback: number
	) => {
		if (text === undefined || text === null) return fallback;
		const n = /^\d+$/.test(text) ? Number(text) : NaN;
		if (!Number.isSafeInteger(n) || n < min || n > max)
			throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${text}"`);
		return n;
	};
	return {
		seed: integer(values.seed, 'seed', 0, 0xffffffff, DEFAULT_SEED),
		draws: integer(values.draws, 'draws', 1, MAX_DRAWS, DEFAULT_DRAWS)
	};
}

/**
 * The intervals of the ranked provinces' ranks among themselves, as their ranks are, and every
 * draw: `scored` is the run (its flags leave respondents out, its weights are the base point).
 */
export function simulateRun(
	framework: Framework,
	method: Method,
	columns: GroupColumns[],
	scored: ScoredRound,
	ranked: ReadonlySet<string>,
	options: MonteCarloOptions = STORED_MONTE_CARLO
): { intervals: RankInterval[]; draws: MonteCarloDraws } {
	const flagged = (g: number, k: number) => scored.groups[g].flags[k] !== null;
	const inputs = uncertaintyInputs(framework, method, columns, flagged, scored.report.weights);
	const among = inputs.profiles.filter((p) => ranked.has(p.code));
	const { intervals, draws } = rankUncertainty(
		inputs.base,
		inputs.structures,
		among,
		createRng(options.seed),
		options.draws
	);
	return {
		intervals,
		draws: { ...options, provinces: among.map((p) => p.code), slots: inputs.slots, ...draws }
	};
}

/**
 * A stored round with its Monte Carlo run again under another seed or draw count, from the
 * round's data as the snapshot has it, rescored under the round's method (the CLI only).
 */
export async function resimulate(
	snapshot: Snapshot,
	round: StoredRound,
	options: MonteCarloOptions
): Promise<StoredRound> {
	const data = await readRoundData(snapshot, round.year, round.framework);
	const scored = scoreRound(round.framework, data.columns, round.method);
	const ranked = new Set(round.results.rollup.provinces.filter((p) => p.rank !== null).map((p) => p.code));
	const fresh = simulateRun(round.framework, round.method, data.columns, scored, ranked, options);
	return { ...round, results: { ...round.results, ...fresh } };
}

/** A round as an export of `table` reads it: with the Monte Carlo run afresh when asked (ExportOptions.monteCarlo). */
export async function withMonteCarlo(
	snapshot: Snapshot,
	table: string,
	round: StoredRound,
	asked: MonteCarloOptions | undefined
): Promise<StoredRound> {
	const afresh = asked && MONTE_CARLO_TABLES.includes(table) && !isStoredMonteCarlo(asked);
	return afresh ? resimulate(snapshot, round, asked) : round;
}
