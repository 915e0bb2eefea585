/**
 * What every dashboard page starts from (server/page-context.ts builds it from the request): the
 * language, the rounds, the round, score and method the URL chose, and the round's view under
 * that method. The page views (views/<page>.ts) turn it into exactly what a page draws.
 */
import type { ScoreKey } from '../analysis/rollup.ts';
import type { Locale, MessageKey } from '../i18n/messages.ts';
import type { Method } from '../scoring/method.ts';
import type { RoundView } from './round-view.ts';

export type Messages = Record<MessageKey, string>;

export interface PageBase {
	locale: Locale;
	t: Messages;
	/** The data is the synthetic demo set: captions say so. */
	demo: boolean;
	/** Rounds scored under the default method, newest first. */
	years: number[];
	/** The round shown; null when nothing has been scored. */
	year: number | null;
	dimension: ScoreKey;
	/** The method shown: the one asked for once scored for the round, else the default. */
	method: Method;
	/** The method asked for but not yet scored for the round (its key), or null. */
	notScored: string | null;
	view: RoundView | null;
}

/** What the round selector shows; `dimension` only where the page draws one score at a time. */
export interface Selectors {
	locale: string;
	years: number[];
	year: number | null;
	dimension?: ScoreKey;
	method?: Method;
	notScored?: string | null;
}

export function selectorsOf(base: PageBase, options: { dimension?: boolean } = {}): Selectors {
	const { locale, years, year, method, notScored, dimension } = base;
	return { locale, years, year, method, notScored, ...(options.dimension ? { dimension } : {}) };
}
