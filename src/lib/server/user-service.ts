/**
 * Adding users, changing their role, disabling them and setting their passwords
 * (docs/security.md): every rule checked before anything is written, the password hashed with
 * argon2id, and each change stored with its audit line in one transaction. Changing a user's role,
 * disabling it or setting its password ends its sessions. An admin may not disable itself or take
 * away its own admin role, so that an installation run from its pages keeps an admin.
 */
import { LOGIN } from './auth/roles.ts';
import type { LoginThrottle } from './auth/login-throttle.ts';
import { hashPassword, passwordMatches } from './auth/password-hash.ts';
import { secretHash } from './auth/secret-hash.ts';
import type { HimapDatabase } from './db/connect.ts';
import { audit } from './db/submissions.repository.ts';
import { endSessions, findUser, insertUser, listUsers } from './db/users.repository.ts';
import { issue, noSuchUser, passwordIssuesOf, roleIssues, UserError, type UserIssue } from './user-issues.ts';

export { UserError, type UserIssue } from './user-issues.ts';

/** Every user, by login, without its password hash. */
export const allUsers = (database: HimapDatabase) => listUsers(database.db);

/** One user without its password hash, or undefined. */
export async function userByLogin(database: HimapDatabase, login: string) {
	const user = await findUser(database.db, login);
	if (!user) return undefined;
	const { password_hash: _hash, ...shown } = user;
	return shown;
}

export interface NewUser {
	login: string;
	role: string;
	region: string | null;
	password: string;
}

/** Adds a user; `actor` is who did it, for the audit log. Throws UserError listing every problem. */
export async function addUser(database: HimapDatabase, user: NewUser, actor: string): Promise<number> {
	const issues: UserIssue[] = [];
	if (!LOGIN.test(user.login))
		issues.push(
			issue(
				'login',
				'loginShape',
				`login "${user.login}": use 2 to 64 letters, digits, dots, dashes, underscores or @`,
				{ login: user.login }
			)
		);
	issues.push(...roleIssues(user.role, user.region), ...passwordIssuesOf(user.password, user.login));
	if (issues.length) throw new UserError(issues);
	const passwordHash = await hashPassword(user.password);
	return database.db.transaction().execute(async (trx) => {
		// Looked up inside the transaction, and the unique index stands behind it against a race.
		if (await findUser(trx, user.login))
			throw new UserError([
				issue('login', 'loginExists', `a user "${user.login}" exists already`, { login: user.login })
			]);
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

/**
 * Disables a user and ends its sessions; a user is never deleted, so the audit log's actors stay
 * named. A user may not disable itself.
 */
export async function disableUser(database: HimapDatabase, login: string, actor: string): Promise<void> {
	if (actor === login)
		throw new UserError([issue('login', 'selfDisable', 'you may not disable yourself', { login })]);
	await database.db.transaction().execute(async (trx) => {
		const user = await findUser(trx, login);
		if (!user) throw noSuchUser(login);
		if (user.disabled)
			throw new UserError([issue('login', 'disabledAlready', `"${login}" is disabled already`, { login })]);
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
	const issues = passwordIssuesOf(password, login);
	if (issues.length) throw new UserError(issues);
	const passwordHash = await hashPassword(password);
	await database.db.transaction().execute(async (trx) => {
		const user = await findUser(trx, login);
		if (!user) throw noSuchUser(login);
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

/**
 * Gives a user another role and region (the same rules as at creation) and ends its sessions, so
 * that it acts under the new ones from its next sign-in. An admin may not take away its own admin
 * role; a change to what the user has already is refused, so every `user.role` line is a change.
 */
export async function changeRole(
	database: HimapDatabase,
	login: string,
	role: string,
	region: string | null,
	actor: string
): Promise<void> {
	const issues = roleIssues(role, region);
	if (issues.length) throw new UserError(issues);
	await database.db.transaction().execute(async (trx) => {
		const user = await findUser(trx, login);
		if (!user) throw noSuchUser(login);
		const before = { role: user.role, region: user.region_code };
		if (before.role === role && before.region === region)
			throw new UserError([
				issue('role', 'roleUnchanged', `"${login}" is a ${role}${region ? ` for ${region}` : ''} already`, {
					login,
					role
				})
			]);
		if (actor === login && before.role === 'admin' && role !== 'admin')
			throw new UserError([
				issue('role', 'selfDemote', 'you may not take away your own admin role', { login })
			]);
		await trx.updateTable('users').set({ role, region_code: region }).where('id', '=', user.id).execute();
		await endSessions(trx, user.id);
		await audit(trx, {
			actor,
			action: 'user.role',
			submission_id: null,
			detail: { login },
			// The region the user acts for now; the one it acted for is in `before`.
			region,
			before,
			after: { role, region }
		});
	});
}

/**
 * A user changes its own password: the current one must match (a wrong one counts against the
 * sign-in throttle, like a wrong sign-in), the new one passes the policy; every session of the
 * user but the one it is using ends (docs/security.md).
 */
export async function changeOwnPassword(
	database: HimapDatabase,
	change: { login: string; current: string; next: string; address: string; keepSessionId: string },
	throttle: LoginThrottle,
	now = Date.now()
): Promise<void> {
	const { login, current, next, address, keepSessionId } = change;
	const user = await findUser(database.db, login);
	if (!user) throw noSuchUser(login);
	const wrong = new UserError([issue('current', 'currentWrong', 'it is not your current password')]);
	if (throttle.waitFor(login, address, now) > 0) throw wrong;
	if (!(await passwordMatches(user.password_hash, current))) {
		throttle.fail(login, address, now);
		throw wrong;
	}
	const issues = passwordIssuesOf(next, login);
	if (issues.length) throw new UserError(issues);
	const passwordHash = await hashPassword(next);
	await database.db.transaction().execute(async (trx) => {
		await trx
			.updateTable('users')
			.set({ password_hash: passwordHash, password_changed_at: new Date(now).toISOString() })
			.where('id', '=', user.id)
			.execute();
		await trx
			.deleteFrom('sessions')
			.where('user_id', '=', user.id)
			.where('id_hash', '!=', secretHash(keepSessionId))
			.execute();
		await audit(trx, {
			actor: login,
			action: 'user.password',
			submission_id: null,
			detail: { login, own: true },
			region: user.region_code
		});
	});
}
