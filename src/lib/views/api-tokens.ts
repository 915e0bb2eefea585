/** What the tokens page shows (routes/account/tokens): each token's name, dates and whether it works. */
import { format } from '../i18n/format.ts';
import type { Messages } from './page-base.ts';
import { utcTime } from './utc-time.ts';

export interface StoredToken {
	id: number;
	name: string;
	created_at: string;
	expires_at: string | null;
	revoked_at: string | null;
	/** Whether it works now (server/token-service.ts `tokenState`). */
	state: 'active' | 'expired' | 'revoked';
}

export interface TokenRow {
	id: number;
	name: string;
	created: string;
	expires: string;
	status: string;
	/** Still works: may be revoked. */
	active: boolean;
}

export function tokenRows(t: Messages, tokens: readonly StoredToken[]): TokenRow[] {
	return tokens.map((token) => {
		const status =
			token.state === 'revoked'
				? format(t.tokenRevoked, { at: utcTime(token.revoked_at ?? '') })
				: token.state === 'expired'
					? t.tokenExpired
					: t.tokenActive;
		return {
			id: token.id,
			name: token.name,
			created: utcTime(token.created_at),
			expires: token.expires_at ? utcTime(token.expires_at) : t.tokenNever,
			status,
			active: token.state === 'active'
		};
	});
}
