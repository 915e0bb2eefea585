/**
 * Personal API tokens (docs/security.md): 256 random bits, shown once, kept as a SHA-256 only,
 * with an optional expiry; made for an active user, with an audit line, in one transaction.
 */
import { randomBytes } from 'node:crypto';
import { secretHash } from './auth/secret-hash.ts';
import type { HimapDatabase } from './db/connect.ts';
import { audit } from './db/submissions.repository.ts';
import { findUser } from './db/users.repository.ts';

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
			detail: { login, name: options.name, expires_at: expiresAt }
		});
		return { token, expiresAt };
	});
}
