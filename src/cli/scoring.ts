/** Bringing stored runs up to date from the command line, with a progress line on a terminal. */
import type { Framework } from '../lib/scoring/framework.ts';
import type { BootstrapSettings } from '../lib/analysis/bootstrap.ts';
import type { Method } from '../lib/scoring/method.ts';
import type { HimapDatabase } from '../lib/server/db/connect.ts';
import { pendingRuns, refreshRound, type RefreshOutcome } from '../lib/server/refresh-service.ts';
import type { CliIo } from './io.ts';

/** Scores what an import (or anything else) left out of date in these rounds (all when not given): every method kept current. */
export async function scorePending(
	database: HimapDatabase,
	years: readonly number[] | undefined,
	io: CliIo
): Promise<void> {
	for (const { year, method, framework } of await pendingRuns(database, years))
		await scoreRound(database, year, method, io, false, framework);
}

export async function scoreRound(
	database: HimapDatabase,
	year: number,
	method: Method,
	io: CliIo,
	force = false,
	framework?: Framework,
	bootstrap?: BootstrapSettings
): Promise<RefreshOutcome> {
	const started = performance.now();
	try {
		const outcome = await refreshRound(database, year, {
			method,
			framework,
			force,
			bootstrap,
			progress: (step) => io.progress?.(`${step}…`)
		});
		if (outcome.computed)
			io.progress?.(`scored ${year} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
		return outcome;
	} finally {
		io.progress?.(null);
	}
}
