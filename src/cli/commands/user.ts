import { parseArgs } from 'node:util';
import { randomPassword } from '../../lib/server/auth/password-generator.ts';
import { ROLES } from '../../lib/server/auth/roles.ts';
import { listUsers } from '../../lib/server/db/users.repository.ts';
import { addUser, disableUser, setPassword, UserError } from '../../lib/server/user-service.ts';
import { withDatabase } from '../database.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';

export const help = `Usage: himap user add <login> --role ${ROLES.join('|')} [--region CODE]
                    [--password-stdin] [--db URL]
       himap user passwd <login> [--password-stdin] [--db URL]
       himap user disable <login> [--db URL]
       himap user list [--db URL]

add: creates a user. A submitter or reviewer acts for a region (--region: a province, city or
county code such as 440000, 440100 or 440106; 000000, the whole country, for a national
reviewer). The password is read from standard input with --password-stdin (one line; at least 12
characters, not a commonly used password, not containing the login), never from the command line;
without it a random password is made and printed once. It is stored as an argon2id hash only.
The first admin of a new installation is made this way:
  printf '%s\\n' "$PASSWORD" | himap user add admin --role admin --password-stdin
Exit 0 created; 1 refused (the login exists, an unknown region, a weak password); 2 usage.

passwd: sets a user's password (the same rules; from standard input, or made and shown once) and
ends every session the user had. disable: the user can no longer sign in, and its sessions end; a
user is never deleted. Both: exit 0 done; 1 refused (no such user, a weak password); 2 usage.

list: every user with its role, region and whether it is disabled (never a password or a hash).`;

export async function run(args: string[], io: CliIo): Promise<number> {
	const [action, ...rest] = args;
	if (action === 'list') return list(rest, io);
	if (action === 'disable' || action === 'passwd') return change(action, rest, io);
	if (action !== 'add')
		throw new UsageError(
			action
				? `unknown action "${action}"; use add, passwd, disable or list`
				: 'say add, passwd, disable or list'
		);
	const { values, positionals } = parseArgs({
		args: rest,
		allowPositionals: true,
		options: {
			role: { type: 'string' },
			region: { type: 'string' },
			'password-stdin': { type: 'boolean' },
			db: { type: 'string' }
		}
	});
	if (positionals.length !== 1) throw new UsageError('give exactly one login');
	if (!values.role) throw new UsageError(`--role is required (${ROLES.join(', ')})`);
	const [login] = positionals;
	const { password, shown } = await passwordOf(values['password-stdin'], login, io);
	return withDatabase(values.db, async (database) => {
		try {
			await addUser(database, { login, role: values.role!, region: values.region ?? null, password }, 'cli');
		} catch (e) {
			if (!(e instanceof UserError)) throw e;
			for (const problem of e.problems) io.err(`himap user add: ${problem}\n`);
			return EXIT.invalid;
		}
		const region = values.region ? ` for region ${values.region}` : '';
		io.out(`created user ${login} (${values.role}${region})\n`);
		if (shown) io.out(`password (shown once; keep it safe): ${password}\n`);
		return EXIT.ok;
	});
}

async function change(action: 'disable' | 'passwd', args: string[], io: CliIo): Promise<number> {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: {
			db: { type: 'string' },
			...(action === 'passwd' ? { 'password-stdin': { type: 'boolean' } } : {})
		}
	});
	if (positionals.length !== 1) throw new UsageError('give exactly one login');
	const [login] = positionals;
	const { password, shown } =
		action === 'passwd'
			? await passwordOf(Boolean(values['password-stdin']), login, io)
			: { password: '', shown: false };
	return withDatabase(values.db, async (database) => {
		try {
			if (action === 'disable') await disableUser(database, login, 'cli');
			else await setPassword(database, login, password, 'cli');
		} catch (e) {
			if (!(e instanceof UserError)) throw e;
			for (const problem of e.problems) io.err(`himap user ${action}: ${problem}\n`);
			return EXIT.invalid;
		}
		io.out(
			action === 'disable'
				? `disabled user ${login}; its sessions ended\n`
				: `password of ${login} set; its sessions ended\n`
		);
		if (shown) io.out(`password (shown once; keep it safe): ${password}\n`);
		return EXIT.ok;
	});
}

/** The password from standard input, or a random one to show once. */
async function passwordOf(
	fromStdin: boolean | undefined,
	login: string,
	io: CliIo
): Promise<{ password: string; shown: boolean }> {
	if (fromStdin) {
		if (!io.stdin) throw new UsageError('--password-stdin needs standard input');
		return { password: await firstLine(io.stdin), shown: false };
	}
	return { password: randomPassword(login), shown: true };
}

async function list(args: string[], io: CliIo): Promise<number> {
	const { values } = parseArgs({ args, options: { db: { type: 'string' } } });
	return withDatabase(values.db, async (database) => {
		for (const u of await listUsers(database.db))
			io.out(
				`${u.login}\t${u.role}\t${u.region_code ?? '-'}\t${u.disabled ? 'disabled' : 'active'}\t${u.created_at}\n`
			);
		return EXIT.ok;
	});
}

/** Standard input up to its first line break (or its end): the password, without the newline. */
async function firstLine(stdin: NodeJS.ReadableStream): Promise<string> {
	let text = '';
	for await (const chunk of stdin) {
		text += chunk.toString();
		if (/[\r\n]/.test(text)) break;
	}
	return text.split(/\r?\n/)[0];
}
