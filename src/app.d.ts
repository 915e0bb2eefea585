// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Locale } from '$lib/i18n/messages';

declare global {
	namespace App {
		interface Locals {
			locale: Locale;
			/** Set by a load whose page will change without new data (rank intervals still computing): not cached. */
			partial?: boolean;
		}
	}
}

export {};
