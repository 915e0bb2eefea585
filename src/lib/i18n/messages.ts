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
	return preferredLanguage(acceptLanguage ?? '');
}

/**
 * The page language an Accept-Language header prefers (RFC 9110 §12.5.4): the highest q among the
 * ranges that name English or Chinese, the earlier on a tie; Chinese when neither is named, or
 * when `*` is the best.
 */
function preferredLanguage(header: string): Locale {
	let best: { locale: Locale; q: number } | null = null;
	for (const part of header.split(',')) {
		const [range, ...params] = part.trim().toLowerCase().split(';');
		const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		const q = qParam ? Number(qParam.slice(2)) : 1;
		if (!Number.isFinite(q) || q <= 0) continue;
		const locale: Locale | null =
			range === 'en' || range.startsWith('en-')
				? 'en'
				: range === 'zh' || range.startsWith('zh-')
					? 'zh-CN'
					: null;
		if (locale && (!best || q > best.q)) best = { locale, q };
	}
	return best?.locale ?? 'zh-CN';
}
