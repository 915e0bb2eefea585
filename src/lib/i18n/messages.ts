/**
 * User-facing text in both languages (en.ts, zh.ts): typed dictionaries passed to pages through
 * their data, so server rendering never shares a locale between requests. A unit test fails when a
 * key or a placeholder is missing from either language.
 */
import { en } from './en.ts';
import { zh } from './zh.ts';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export type MessageKey = keyof typeof en;
export const MESSAGES: Record<Locale, Record<MessageKey, string>> = { en, 'zh-CN': zh };

/** Fills `{name}` placeholders. @example format('vs {year}', { year: 2023 }) === 'vs 2023' */
export function format(message: string, values: Record<string, string | number>): string {
	return message.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
}

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
