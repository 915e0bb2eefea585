import { parseArgs } from 'node:util';
import { methodKey } from '../../lib/scoring/method.ts';
import { DEFAULT_FRAMEWORK } from '../../lib/server/framework-store.ts';
import { roundsWithData } from '../../lib/server/rounds-service.ts';
import { withDatabase } from '../database.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';
import { METHOD_OPTIONS, methodFromFlags } from '../method-flags.ts';
import { scoreRound } from '../scoring.ts';

export const help = `Usage: himap score [--year Y] [--normalise goalposts|minmax|zscore|rank]
                   [--weights framework|entropy|critic|pca] [--aggregate arithmetic|geometric]
                   [--force] [--db URL]

Scores every respondent of a round (default: every round) under a method (default: goalposts,
framework weights, arithmetic aggregation) and stores the scores, their roll-up to provinces,
cities and zones, and (default method) the rank intervals, method audit and rates, with the
framework version and method. A round whose stored run is current is left as it is unless
--force is given. Imports score the rounds they change, and the server keeps every method a
round was scored with current, so this is needed only for a method not yet used.`;

export async function run(args: string[], io: CliIo): Promise<number> {
	const { values } = parseArgs({
		args,
		options: {
			year: { type: 'string' },
			...METHOD_OPTIONS,
			force: { type: 'boolean' },
			db: { type: 'string' }
		}
	});
	const method = methodFromFlags(values);
	if (values.year !== undefined && !/^\d{4}$/.test(values.year))
		throw new UsageError(`--year must be a year such as 2024`);
	return withDatabase(values.db, async (database) => {
		const years = values.year ? [Number(values.year)] : await roundsWithData(database);
		for (const year of years) {
			const { run, computed } = await scoreRound(database, year, method, io, values.force);
			if (!run) {
				io.err(`no responses for ${year}; nothing to score\n`);
				return EXIT.invalid;
			}
			const f = DEFAULT_FRAMEWORK;
			const what = computed ? 'scored' : 'already current:';
			io.out(
				`${what} ${run.respondents - run.flagged} of ${run.respondents} respondents for ${year} (${run.flagged} flagged: coverage below the threshold or a dimension without data) with ${f.id} ${f.version}, method ${methodKey(method)}; run #${run.id}\n`
			);
		}
		return EXIT.ok;
	});
}
