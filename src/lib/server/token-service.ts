/**
 * Personal API tokens (docs/security.md): 256 random bits, shown once, kept as a SHA-256 only,
 * with an optional expiry; made for an active user, with an audit line, in one transaction.
 */
import { randomBytes } from 'node:crypto';
import { secretHash } from './auth/secret-hash.ts';
import type { HimapDatabase } from './db/connect.ts';
import { audit } from './db/submissions.repository.ts';
import { findUser } from './db/users.repository.ts';
import type { SignedInUser } from './session-service.ts';

/** What every token starts with, so that a leaked one is recognisable (and secret scanners find it). */
export const TOKEN_PREFIX = 'himap_';

export class TokenError extends Error {}

export async function createToken(
	database: HimapDatabase,
	login: string,
	options: { name: string; expiresInDays: number | null },
	actor: string
): Promise<{ token: string; expiresAt: string | null }> {
	const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
	return database.db.transaction().execute(async (trx) => {
		const user = await findUser(trx, login);
		if (!user || user.disabled) throw new TokenError(`no active user "${login}"`);
		const now = new Date();
		const expiresAt =
			options.expiresInDays === null
				? null
				: new Date(now.getTime() + options.expiresInDays * 86_400_000).toISOString();
		await trx
			.insertInto('api_tokens')
			.values({
				user_id: user.id,
				token_hash: secretHash(token),
				name: options.name,
				created_at: now.toISOString(),
				expires_at: expiresAt,
				revoked_at: null
			})
			.execute();
		await audit(trx, {
			actor,
			action: 'token.create',
			submission_id: null,
			detail: { login, name: options.name, expires_at: expiresAt },
			region: user.region_code
		});
		return { token, expiresAt };
	});
}

/** The active user a token stands for (not revoked, not expired, user not disabled), or null. */
export async function tokenUser(
	database: HimapDatabase,
	token: string,
	now = Date.now()
): Promise<{ tokenId: number; user: SignedInUser } | null> {
	if (!token.startsWith(TOKEN_PREFIX)) return null;
	const row = await database.db
		.selectFrom('api_tokens')
		.innerJoin('users', 'users.id', 'api_tokens.user_id')
		.select(['api_tokens.id as tokenId', 'api_tokens.expires_at', 'api_tokens.revoked_at'])
		.select(['users.id', 'users.login', 'users.role', 'users.region_code', 'users.disabled'])
		.where('api_tokens.token_hash', '=', secretHash(token))
		.executeTakeFirst();
	if (!row || row.disabled || row.revoked_at) return null;
	if (row.expires_at && Date.parse(row.expires_at) <= now) return null;
	return {
		tokenId: row.tokenId,
		user: { id: row.id, login: row.login, role: row.role, region_code: row.region_code }
	};
}

export interface TokenListing {
	id: number;
	name: string;
	created_at: string;
	expires_at: string | null;
	revoked_at: string | null;
}

/** A user's tokens, newest first: names and dates, never the token. */
export async function listTokens(database: HimapDatabase, userId: number): Promise<TokenListing[]> {
	return database.db
		.selectFrom('api_tokens')
		.select(['id', 'name', 'created_at', 'expires_at', 'revoked_at'])
		.where('user_id', '=', userId)
		.orderBy('id', 'desc')
		.execute();
}

/** Revokes one of the user's own tokens; false when it has none by that id or it is revoked already. */
export async function revokeToken(
	database: HimapDatabase,
	userId: number,
	tokenId: number,
	actor: string
): Promise<boolean> {
	return database.db.transaction().execute(async (trx) => {
		const row = await trx
			.selectFrom('api_tokens')
			.select(['id', 'name', 'revoked_at'])
			.where('id', '=', tokenId)
			.where('user_id', '=', userId)
			.executeTakeFirst();
		if (!row || row.revoked_at) return false;
		const at = new Date().toISOString();
		await trx.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', tokenId).execute();
		await audit(trx, {
			actor,
			action: 'token.revoke',
			submission_id: null,
			detail: { token: tokenId, name: row.name },
			before: { revoked: false },
			after: { revoked: true }
		});
		return true;
	});
}

/** When each token's use was last put in the audit log, in this process. */
const useLogged = new Map<number, number>();
const USE_LOG_EVERY_MS = 3_600_000;

/**
 * Puts a token's use in the audit log — once an hour per token at most, so that a script calling
 * the API in a loop does not write a line per call.
 */
export async function noteTokenUse(
	database: HimapDatabase,
	tokenId: number,
	login: string,
	request: string,
	now = Date.now()
): Promise<void> {
	const last = useLogged.get(tokenId);
	if (last !== undefined && now - last < USE_LOG_EVERY_MS) return;
	useLogged.set(tokenId, now);
	await database.db.transaction().execute((trx) =>
		audit(trx, {
			actor: login,
			action: 'token.use',
			submission_id: null,
			detail: { token: tokenId, request }
		})
	);
}
