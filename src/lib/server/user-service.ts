/**
 * Adding users (docs/security.md): every rule checked before anything is written, the password
 * hashed with argon2id, and the user and its audit line stored in one transaction.
 */
import { REGIONS } from './region-reference.ts';
import { isRole, LOGIN, regionProblem, ROLES } from './auth/roles.ts';
import { hashPassword } from './auth/password-hash.ts';
import { passwordProblems } from './auth/password-policy.ts';
import type { HimapDatabase } from './db/connect.ts';
import { audit } from './db/submissions.repository.ts';
import { findUser, insertUser } from './db/users.repository.ts';

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
			detail: { login: user.login, role: user.role, region: user.region }
		});
		return id;
	});
}
