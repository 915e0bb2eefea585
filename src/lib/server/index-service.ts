/**
 * The index, read: a round's stored run under a method with everything computed from it (see
 * refresh-service.ts, which wrote it), and whether newer responses have arrived since. Reading
 * never computes and never writes; a round not yet scored reads as null.
 */
import type { RankedRegion } from '../analysis/regional-tables.ts';
import type { Framework } from '../scoring/framework.ts';
import { DEFAULT_METHOD, type Method } from '../scoring/method.ts';
import type { HimapDatabase } from './db/connect.ts';
import { isFromSource, roundSource } from './db/round-source.ts';
import * as runs from './db/runs.repository.ts';
import type { ScoreRun } from './db/schema.ts';
import { DEFAULT_FRAMEWORK } from './framework-store.ts';
import { RunCache } from './run-cache.ts';

export interface StoredRound {
	year: number;
	run: ScoreRun;
	framework: Framework;
	method: Method;
	results: runs.RunResults;
	/** Newer responses exist than the run was scored from: it is being brought up to date. */
	stale: boolean;
}

// The results are small (tens of provinces, hundreds of cities): many runs fit.
const stored = new RunCache<runs.RunResults>(64);

/** A round's stored run and results under a method; null if the round was never scored with it. */
export async function storedRound(
	database: HimapDatabase,
	year: number,
	method: Method = DEFAULT_METHOD,
	framework: Framework = DEFAULT_FRAMEWORK
): Promise<StoredRound | null> {
	const key = runs.runKeyOf(year, framework, method);
	const found = await runs.findRun(database.db, key);
	if (!found?.readable) return null;
	let run: ScoreRun = found;
	let results = stored.get(database, run);
	if (!results) {
		// Run and results in one read: the run may have been replaced since the line above.
		const read = await runs.runWithResults(database.db, key);
		if (!read) return null;
		({ run, results } = read);
		stored.set(database, run, results);
	}
	const stale = !isFromSource(run, await roundSource(database.db, year));
	return { year, run, framework, method, results, stale };
}

export const provincesOf = (round: StoredRound): RankedRegion[] => round.results.rollup.provinces;
export const citiesOf = (round: StoredRound) => round.results.rollup.cities;
export const zonesOf = (round: StoredRound, scheme: 'zone4' | 'zone3'): RankedRegion[] =>
	round.results.rollup.zones[scheme];
