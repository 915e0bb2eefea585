/**
 * What every dashboard page starts from (server/page-context.ts builds it from the request): the
 * language, the rounds, the round, score and method the URL chose, and the round's view under
 * that method. The page views (views/<page>.ts) turn it into exactly what a page draws.
 */
import type { ScoreKey } from '../analysis/rollup.ts';
import type { Locale, MessageKey } from '../i18n/messages.ts';
import type { Method } from '../scoring/method.ts';
import { frameworkNote, type FrameworkChoice } from './framework-note.ts';
import { methodNote } from './method-note.ts';
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
	/** How far the asked method's scores are from ready, while `notScored` is set. */
	preparing: Preparation | null;
	/** The framework shown and the choice of frameworks (server/served-framework.ts). */
	framework: FrameworkChoice;
	view: RoundView | null;
}

/**
 * Scores under a method a reader asked for, being prepared in the background: waiting (`ahead`
 * jobs before it), being computed, failed and to be retried, or not taken because the background
 * runner already has as many methods as it takes on demand.
 */
export interface Preparation {
	state: 'queued' | 'running' | 'failed' | 'busy';
	/** When it entered that state (ISO 8601); null when not taken. */
	since: string | null;
	ahead: number;
}

/** What the round selector shows; `dimension` only where the page draws one score at a time. */
export interface Selectors {
	locale: string;
	years: number[];
	year: number | null;
	dimension?: ScoreKey;
	method?: Method;
	notScored?: string | null;
	preparing?: Preparation | null;
	/** What the page says while `preparing`, in its language. */
	methodNote?: string | null;
	/** The framework choice, and what the page says while the asked framework is not shown. */
	framework?: FrameworkChoice;
	frameworkNote?: string | null;
	/** Fewest respondents a province needs to be ranked (null without a round): for the notes of downloads. */
	provinceThreshold?: number | null;
}

export function selectorsOf(base: PageBase, options: { dimension?: boolean } = {}): Selectors {
	const { locale, years, year, method, notScored, preparing, dimension, t } = base;
	return {
		locale,
		years,
		year,
		method,
		notScored,
		preparing,
		methodNote: methodNote(notScored, year, preparing, t, locale),
		framework: base.framework,
		frameworkNote: frameworkNote(base.framework, year, t),
		provinceThreshold: base.view?.rankThreshold.province ?? null,
		...(options.dimension ? { dimension } : {})
	};
}
