/**
 * Export tables of every draw of a run's rank-uncertainty Monte Carlo (docs/methodology.md §6.2),
 * enough to reproduce each draw and to recompute the `sensitivity` quantiles from the ranks:
 * `sensitivity-draws`, one row per draw × ranked province with what the draw chose, and
 * `sensitivity-weights`, one row per draw × weight it used (long form: a draw perturbs about a
 * hundred weights, too many for columns).
 */
import type { MonteCarloDraws } from '../../analysis/rank-profiles.ts';
import * as runs from '../db/runs.repository.ts';
import type { Snapshot } from '../db/snapshot.ts';
import type { StoredRound } from '../index-service.ts';
import { provenance } from './index-tables.ts';
import type { ExportTable, Row } from './table.ts';
import { PROVENANCE } from './transformed-respondents.ts';

/** The Monte Carlo's seed and draw count, then the run's framework and method. */
const OF_RUN = ['seed', 'draws', ...PROVENANCE];
/** Draws per batch of rows: a few thousand rows at a time, whatever the draw count. */
const DRAWS_PER_BATCH = 50;

/** A round's draws: those run afresh for it (the CLI's --seed/--draws), else the stored ones. */
async function drawsOf(snapshot: Snapshot, round: StoredRound): Promise<MonteCarloDraws | undefined> {
	return round.results.draws ?? (await runs.runDraws(snapshot.db, round.run.id));
}

/** Rows of every round, `rowsOf(draw index)` for each draw, a batch of draws at a time. */
function perDraw(
	build: (round: StoredRound, mc: MonteCarloDraws, of: Row) => (d: number) => Row[]
): ExportTable['rows'] {
	return async function* ({ snapshot, rounds }) {
		for (const round of rounds) {
			const mc = await drawsOf(snapshot, round);
			if (!mc) continue;
			const of = { seed: mc.seed, draws: mc.draws, ...provenance(round) };
			const rowsOf = build(round, mc, of);
			for (let first = 0; first < mc.draws; first += DRAWS_PER_BATCH) {
				const batch: Row[] = [];
				for (let d = first; d < Math.min(mc.draws, first + DRAWS_PER_BATCH); d++) batch.push(...rowsOf(d));
				yield batch;
			}
		}
	};
}

/** How many rows the tables hold: `--draws 100000` makes more than an XLSX sheet takes. */
function sizeOf(perDraw: (mc: MonteCarloDraws) => number): ExportTable['size'] {
	return async ({ snapshot, rounds }) => {
		let rows = 0;
		for (const round of rounds) {
			const mc = await drawsOf(snapshot, round);
			if (mc) rows += mc.draws * perDraw(mc);
		}
		return { min: rows, max: rows, exact: async () => rows };
	};
}

export const sensitivityDraws: ExportTable = {
	columns: ['year', 'draw', 'province_code', 'rank', 'composite', 'normalise', 'aggregate', ...OF_RUN],
	runs: 'method',
	rows: perDraw(
		(round, mc, of) => (d) =>
			mc.provinces.map((code, i) => ({
				year: round.year,
				draw: d + 1,
				province_code: code,
				rank: mc.ranks[d][i],
				composite: mc.composites[d][i],
				normalise: mc.normalise[d],
				aggregate: mc.aggregate[d],
				...of
			}))
	),
	size: sizeOf((mc) => mc.provinces.length)
};

export const sensitivityWeights: ExportTable = {
	columns: ['year', 'draw', 'level', 'group', 'dimension', 'pillar', 'indicator', 'weight', ...OF_RUN],
	runs: 'method',
	rows: perDraw(
		(round, mc, of) => (d) =>
			mc.slots.map((slot, i) => ({ year: round.year, draw: d + 1, ...slot, weight: mc.weights[d][i], ...of }))
	),
	size: sizeOf((mc) => mc.slots.length)
};
