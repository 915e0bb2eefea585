/**
 * Signing in and out (docs/security.md). A session id is 256 random bits, given to the browser
 * once (the cookie) and kept as a SHA-256; it ends on sign-out, after 30 idle minutes or 12 hours
 * (auth/session-rules.ts). Wrong passwords are counted and slowed down (auth/login-throttle.ts);
 * an unknown login and a wrong password get the same answer, after the same work.
 */
import { randomBytes } from 'node:crypto';
import { LoginThrottle } from './auth/login-throttle.ts';
import { hashPassword, passwordMatches } from './auth/password-hash.ts';
import { secretHash } from './auth/secret-hash.ts';
import { sessionState } from './auth/session-rules.ts';
import type { HimapDatabase } from './db/connect.ts';
import type { User } from './db/schema.ts';
import { audit } from './db/submissions.repository.ts';
import { findUser } from './db/users.repository.ts';

export const SESSION_COOKIE = 'himap_session';

/** Failed sign-ins of this server process (auth/login-throttle.ts). */
export const loginThrottle = new LoginThrottle();

export type SignedInUser = Pick<User, 'id' | 'login' | 'role' | 'region_code'>;

export type SignIn =
	| { ok: true; sessionId: string; user: SignedInUser }
	| { ok: false; reason: 'refused' }
	| { ok: false; reason: 'throttled'; retryAfterSeconds: number };

/** A hash to check an unknown login's password against, so that it takes as long as a known one's. */
let decoy: Promise<string> | undefined;

export async function signIn(
	database: HimapDatabase,
	throttle: LoginThrottle,
	attempt: { login: string; password: string; address: string },
	now = Date.now()
): Promise<SignIn> {
	const { login, password, address } = attempt;
	const wait = throttle.waitFor(login, address, now);
	if (wait > 0) return { ok: false, reason: 'throttled', retryAfterSeconds: Math.ceil(wait / 1000) };
	const user = await findUser(database.db, login);
	const matches = await passwordMatches(
		user && !user.disabled
			? user.password_hash
			: await (decoy ??= hashPassword(randomBytes(16).toString('hex'))),
		password
	);
	if (!user || user.disabled || !matches) {
		const lockedOut = throttle.fail(login, address, now);
		await database.db.transaction().execute(async (trx) => {
			await audit(trx, { actor: login, action: 'login.failure', submission_id: null, detail: { address } });
			if (lockedOut)
				await audit(trx, { actor: login, action: 'login.lockout', submission_id: null, detail: { address } });
		});
		return { ok: false, reason: 'refused' };
	}
	throttle.succeed(login);
	// A new id at every sign-in: one an attacker planted before it is never the one signed in.
	const sessionId = randomBytes(32).toString('base64url');
	const at = new Date(now).toISOString();
	await database.db.transaction().execute(async (trx) => {
		await trx
			.insertInto('sessions')
			.values({ id_hash: secretHash(sessionId), user_id: user.id, created_at: at, last_seen_at: at })
			.execute();
		await audit(trx, { actor: login, action: 'login', submission_id: null, detail: { address } });
	});
	return {
		ok: true,
		sessionId,
		user: { id: user.id, login, role: user.role, region_code: user.region_code }
	};
}

/** The user a session id stands for, or null when it is unknown, ended, or its user disabled. */
export async function sessionUser(
	database: HimapDatabase,
	sessionId: string,
	now = Date.now()
): Promise<SignedInUser | null> {
	const row = await database.db
		.selectFrom('sessions')
		.innerJoin('users', 'users.id', 'sessions.user_id')
		.select(['sessions.id_hash', 'sessions.created_at', 'sessions.last_seen_at', 'users.id', 'users.login'])
		.select(['users.role', 'users.region_code', 'users.disabled'])
		.where('sessions.id_hash', '=', secretHash(sessionId))
		.executeTakeFirst();
	if (!row || row.disabled) return null;
	const state = sessionState(row, now);
	if (state === 'ended') {
		await database.db.deleteFrom('sessions').where('id_hash', '=', row.id_hash).execute();
		return null;
	}
	if (state === 'touch')
		await database.db
			.updateTable('sessions')
			.set({ last_seen_at: new Date(now).toISOString() })
			.where('id_hash', '=', row.id_hash)
			.execute();
	return { id: row.id, login: row.login, role: row.role, region_code: row.region_code };
}

/** Ends a session, whoever holds its id. */
export async function signOut(database: HimapDatabase, sessionId: string): Promise<void> {
	await database.db.deleteFrom('sessions').where('id_hash', '=', secretHash(sessionId)).execute();
}
