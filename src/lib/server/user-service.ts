/**
 * Adding users, disabling them and setting their passwords (docs/security.md): every rule checked
 * before anything is written, the password hashed with argon2id, and each change stored with its
 * audit line in one transaction. Disabling a user or setting its password ends its sessions.
 */
import { REGIONS } from './region-reference.ts';
import { isRole, LOGIN, regionProblem, ROLES } from './auth/roles.ts';
import { hashPassword } from './auth/password-hash.ts';
import { passwordProblems } from './auth/password-policy.ts';
import type { HimapDatabase } from './db/connect.ts';
import { audit } from './db/submissions.repository.ts';
import { endSessions, findUser, insertUser } from './db/users.repository.ts';

/** A user that cannot be added as asked: what is wrong, in words for the person adding it. */
export class UserError extends Error {
	constructor(readonly problems: string[]) {
		super(problems.join('; '));
	}
}

export interface NewUser {
	login: string;
	role: string;
	region: string | null;
	password: string;
}

/** Adds a user; `actor` is who did it, for the audit log. Throws UserError listing every problem. */
export async function addUser(database: HimapDatabase, user: NewUser, actor: string): Promise<number> {
	const problems: string[] = [];
	if (!LOGIN.test(user.login))
		problems.push(`login "${user.login}": use 2 to 64 letters, digits, dots, dashes, underscores or @`);
	if (!isRole(user.role)) problems.push(`role "${user.role}": use one of ${ROLES.join(', ')}`);
	else {
		const region = regionProblem(user.role, user.region, REGIONS);
		if (region) problems.push(region);
	}
	problems.push(...passwordProblems(user.password, user.login));
	if (problems.length) throw new UserError(problems);
	const passwordHash = await hashPassword(user.password);
	return database.db.transaction().execute(async (trx) => {
		// Looked up inside the transaction, and the unique index stands behind it against a race.
		if (await findUser(trx, user.login)) throw new UserError([`a user "${user.login}" exists already`]);
		const at = new Date().toISOString();
		const id = await insertUser(trx, {
			login: user.login,
			role: user.role,
			region_code: user.region,
			password_hash: passwordHash,
			at
		});
		await audit(trx, {
			actor,
			action: 'user.add',
			submission_id: null,
			detail: { login: user.login, role: user.role, region: user.region },
			region: user.region,
			after: { role: user.role, region: user.region }
		});
		return id;
	});
}

/** Disables a user and ends its sessions; a user is never deleted, so the audit log's actors stay named. */
export async function disableUser(database: HimapDatabase, login: string, actor: string): Promise<void> {
	await database.db.transaction().execute(async (trx) => {
		const user = await findUser(trx, login);
		if (!user) throw new UserError([`no user "${login}"`]);
		if (user.disabled) throw new UserError([`"${login}" is disabled already`]);
		await trx.updateTable('users').set({ disabled: 1 }).where('id', '=', user.id).execute();
		await endSessions(trx, user.id);
		await audit(trx, {
			actor,
			action: 'user.disable',
			submission_id: null,
			detail: { login, region: user.region_code },
			region: user.region_code,
			before: { disabled: false },
			after: { disabled: true }
		});
	});
}

/** Sets a user's password (the same rules as at creation) and ends every session it had. */
export async function setPassword(
	database: HimapDatabase,
	login: string,
	password: string,
	actor: string
): Promise<void> {
	const problems = passwordProblems(password, login);
	if (problems.length) throw new UserError(problems);
	const passwordHash = await hashPassword(password);
	await database.db.transaction().execute(async (trx) => {
		const user = await findUser(trx, login);
		if (!user) throw new UserError([`no user "${login}"`]);
		await trx
			.updateTable('users')
			.set({ password_hash: passwordHash, password_changed_at: new Date().toISOString() })
			.where('id', '=', user.id)
			.execute();
		await endSessions(trx, user.id);
		await audit(trx, {
			actor,
			action: 'user.password',
			submission_id: null,
			detail: { login },
			region: user.region_code
		});
	});
}
