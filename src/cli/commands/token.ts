import { parseArgs } from 'node:util';
import { createToken, TokenError } from '../../lib/server/token-service.ts';
import { withDatabase } from '../database.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';

export const help = `Usage: himap token create <login> [--name NAME] [--expires-in-days N] [--db URL]

Prints a new API token for that user on one line. It is shown this once and stored only as a
hash: keep it where the script that uses it reads it (Authorization: Bearer <token>). To rotate a
token, create a new one for the script. --expires-in-days makes it stop working after N days.
Exit 0 created; 1 no such user (or the user is disabled); 2 usage.`;

export async function run(args: string[], io: CliIo): Promise<number> {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: { name: { type: 'string' }, 'expires-in-days': { type: 'string' }, db: { type: 'string' } }
	});
	const [action, login, ...extra] = positionals;
	if (action !== 'create') throw new UsageError('say create');
	if (!login || extra.length) throw new UsageError('give exactly one login');
	const days = values['expires-in-days'];
	if (days !== undefined && !/^[1-9]\d{0,3}$/.test(days))
		throw new UsageError('--expires-in-days must be a whole number of days, 1 to 9999');
	return withDatabase(values.db, async (database) => {
		try {
			const { token } = await createToken(
				database,
				login,
				{ name: values.name ?? 'cli', expiresInDays: days === undefined ? null : Number(days) },
				'cli'
			);
			io.out(`${token}\n`);
			return EXIT.ok;
		} catch (e) {
			if (!(e instanceof TokenError)) throw e;
			io.err(`himap token: ${e.message}\n`);
			return EXIT.invalid;
		}
	});
}
