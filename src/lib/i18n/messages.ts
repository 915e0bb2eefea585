/**
 * User-facing text in both languages (en.ts, zh.ts), for server code. Pages get their one
 * language through the root layout's `data.t` (src/routes/+layout.ts, dictionary.ts), so server
 * rendering never shares a locale between requests and the browser loads one dictionary. A unit
 * test fails when a key or a placeholder is missing from either language.
 */
import { en } from './en.ts';
import { zh } from './zh.ts';

export { format } from './format.ts';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export type MessageKey = keyof typeof en;
export const MESSAGES: Record<Locale, Record<MessageKey, string>> = { en, 'zh-CN': zh };

const isLocale = (v: string | null | undefined): v is Locale => v === 'en' || v === 'zh-CN';

/** Picks zh-CN or en from `?lang=`, then the remembered choice (cookie), then Accept-Language; Chinese by default. */
export function pickLocale(
	query: string | null,
	acceptLanguage: string | null,
	remembered?: string | null
): Locale {
	if (isLocale(query)) return query;
	if (isLocale(remembered)) return remembered;
	const first = (acceptLanguage ?? '').split(',')[0].trim().toLowerCase();
	return first.startsWith('en') ? 'en' : 'zh-CN';
}
