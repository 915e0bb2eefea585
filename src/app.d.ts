// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Locale } from '$lib/i18n/messages';
import type { Principal } from '$lib/server/auth/permissions';
import type { DatabaseFailure } from '$lib/server/db/failure';

declare global {
	namespace App {
		interface Locals {
			locale: Locale;
			/**
			 * The caller, from its session or API token (server/http/principal.ts); null when nobody
			 * is signed in, and on cached public pages, which are the same for everyone.
			 */
			principal: Principal | null;
			/** Set when the database failed this request: the hook answers 503 instead of 500. */
			failure?: DatabaseFailure;
			/** The id of the log line of that failure, shown to the user as a reference. */
			errorId?: string;
		}
		interface Error {
			message: string;
			/** The id of the log line that holds the details. */
			id?: string;
		}
	}
}

export {};
