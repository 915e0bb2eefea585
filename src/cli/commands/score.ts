import { parseArgs } from 'node:util';
import { DEFAULT_BOOTSTRAP, type BootstrapSettings } from '../../lib/analysis/bootstrap.ts';
import { methodKey } from '../../lib/scoring/method.ts';
import { DEFAULT_FRAMEWORK } from '../../lib/server/framework-store.ts';
import { roundsWithData } from '../../lib/server/rounds-service.ts';
import { withDatabase } from '../database.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';
import { METHOD_OPTIONS, methodFromFlags } from '../method-flags.ts';
import { scoreRound } from '../scoring.ts';
import {
	describeFramework,
	frameworkRefusal,
	namedFramework,
	storeFrameworkFile
} from '../framework-flags.ts';

export const help = `Usage: himap score [--year Y] [--normalise goalposts|minmax|zscore|rank]
                   [--weights framework|entropy|critic|pca] [--aggregate arithmetic|geometric]
                   [--framework file.json | --framework-id id[@version]]
                   [--bootstrap-draws N] [--bootstrap-seed S] [--force] [--db URL]

Scores every respondent of a round (default: every round) under a method (default: goalposts,
framework weights, arithmetic aggregation) and stores the scores, their roll-up to provinces,
cities and zones, and (default method) the rank intervals, method audit and rates, with the
framework version and method. A round whose stored run is current is left as it is unless
--force is given. Imports score the rounds they change, and the server keeps every method a
round was scored with current, so this is needed only for a method not yet used.

--framework file.json scores under your own framework (the format of
data/frameworks/himap-default-1.0.0.json): the file is checked — every problem is listed with its
JSON path, exit 1 — and stored under its id and version (the same content again is a no-op; other
content under a stored version is refused: bump "version"). --framework-id names a framework
stored already (its newest version for a bare id). The server then keeps these runs current too.

Every run also carries a bootstrap over respondents of each province's and city's scores (the
\`bootstrap\` export): --bootstrap-draws (default 1000) resamples, seeded with --bootstrap-seed
(default 20261130). Either flag computes the run again, as --force does; a later refresh (new
data) goes back to the defaults.`;

export async function run(args: string[], io: CliIo): Promise<number> {
	const { values } = parseArgs({
		args,
		options: {
			year: { type: 'string' },
			...METHOD_OPTIONS,
			framework: { type: 'string' },
			'framework-id': { type: 'string' },
			force: { type: 'boolean' },
			'bootstrap-draws': { type: 'string' },
			'bootstrap-seed': { type: 'string' },
			db: { type: 'string' }
		}
	});
	const method = methodFromFlags(values);
	const bootstrap = bootstrapFromFlags(values['bootstrap-draws'], values['bootstrap-seed']);
	if (values.year !== undefined && !/^\d{4}$/.test(values.year))
		throw new UsageError(`--year must be a year such as 2024`);
	if (values.framework !== undefined && values['framework-id'] !== undefined)
		throw new UsageError('give --framework (a file) or --framework-id (a stored one), not both');
	return withDatabase(values.db, async (database) => {
		let framework = DEFAULT_FRAMEWORK;
		if (values['framework-id'] !== undefined)
			framework = await namedFramework(database, values['framework-id']);
		if (values.framework !== undefined) {
			try {
				const stored = await storeFrameworkFile(database, values.framework);
				framework = stored.framework;
				if (stored.outcome === 'stored') io.out(`stored framework ${describeFramework(framework)}\n`);
			} catch (e) {
				const code = frameworkRefusal('score', values.framework, e, io);
				if (code === null) throw e;
				return code;
			}
		}
		const years = values.year ? [Number(values.year)] : await roundsWithData(database);
		for (const year of years) {
			const { run, computed } = await scoreRound(
				database,
				year,
				method,
				io,
				values.force || bootstrap !== undefined,
				framework,
				bootstrap
			);
			if (!run) {
				io.err(`no responses for ${year}; nothing to score\n`);
				return EXIT.invalid;
			}
			const f = framework;
			const what = computed ? 'scored' : 'already current:';
			io.out(
				`${what} ${run.respondents - run.flagged} of ${run.respondents} respondents for ${year} (${run.flagged} flagged: coverage below the threshold or a dimension without data) with ${f.id} ${f.version}, method ${methodKey(method)}; run #${run.id}\n`
			);
		}
		return EXIT.ok;
	});
}

/** The bootstrap's draws and seed when either flag is given; undefined (the defaults, no recompute) otherwise. */
function bootstrapFromFlags(draws?: string, seed?: string): BootstrapSettings | undefined {
	if (draws === undefined && seed === undefined) return undefined;
	if (draws !== undefined && !/^[1-9]\d{0,5}$/.test(draws))
		throw new UsageError(`--bootstrap-draws must be a whole number from 1 to 999999, not "${draws}"`);
	if (seed !== undefined && !/^\d{1,9}$/.test(seed))
		throw new UsageError(`--bootstrap-seed must be a whole number from 0 to 999999999, not "${seed}"`);
	return {
		draws: draws === undefined ? DEFAULT_BOOTSTRAP.draws : Number(draws),
		seed: seed === undefined ? DEFAULT_BOOTSTRAP.seed : Number(seed)
	};
}
