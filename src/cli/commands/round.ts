import { parseArgs } from 'node:util';
import { ROUND_ACTIONS, type RoundAction } from '../../lib/server/auth/round-states.ts';
import { changeRound, roundStates, RoundStateError } from '../../lib/server/round-state-service.ts';
import { withDatabase } from '../database.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';

export const help = `Usage: himap round open|close|publish <year> [--db URL]
       himap round list [--db URL]

A survey round is opened to take submissions (from the browser and the API), closed, reopened if
need be, and published for viewers and the public; publishing is final. himap import by an
operator on the server is not limited by rounds. Every change goes to the audit log.
Exit 0 done; 1 the move is not allowed (e.g. publishing a round that is still open); 2 usage.

list: each round that has a state, newest first: year, state, when and by whom it was set.`;

export async function run(args: string[], io: CliIo): Promise<number> {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: { db: { type: 'string' } }
	});
	const [action, year, ...extra] = positionals;
	if (action === 'list' && year === undefined)
		return withDatabase(values.db, async (database) => {
			for (const r of await roundStates(database))
				io.out(`${r.year}\t${r.state}\t${r.changed_at}\t${r.changed_by}\n`);
			return EXIT.ok;
		});
	if (!(ROUND_ACTIONS as readonly string[]).includes(action))
		throw new UsageError(`say ${ROUND_ACTIONS.join(', ')} or list`);
	if (!year || !/^\d{4}$/.test(year) || extra.length)
		throw new UsageError('give one round, a year such as 2024');
	return withDatabase(values.db, async (database) => {
		try {
			const state = await changeRound(database, Number(year), action as RoundAction, 'cli');
			io.out(`round ${year} is ${state}\n`);
			return EXIT.ok;
		} catch (e) {
			if (!(e instanceof RoundStateError)) throw e;
			io.err(`himap round: ${e.message}\n`);
			return EXIT.invalid;
		}
	});
}
