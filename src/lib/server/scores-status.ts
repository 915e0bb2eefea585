/** How current the scores every page shows are (views/scores-notes.ts says it in words). */
import { DEFAULT_METHOD, methodKey } from '../scoring/method.ts';
import type { App } from './app-database.ts';
import { DEFAULT_FRAMEWORK } from './framework-store.ts';
import { pendingRuns } from './refresh-service.ts';
import type { ScoresStatus } from '../views/scores-notes.ts';

export type { ScoresStatus };

export async function scoresStatus({ database, scoring }: App): Promise<ScoresStatus> {
	const status: ScoresStatus = { pending: [], updating: [], failed: [] };
	const byDefault = (await pendingRuns(database)).filter(
		(p) => methodKey(p.method) === methodKey(DEFAULT_METHOD) && p.framework === DEFAULT_FRAMEWORK
	);
	for (const { year, computedAt } of byDefault) {
		const job = scoring.job(year);
		if (job?.state === 'failed') status.failed.push({ year, computedAt });
		else if (computedAt === null) status.pending.push(year);
		else status.updating.push({ year, computedAt });
	}
	return status;
}
