/**
 * One language's dictionary, loaded on its own: the browser fetches only the language it shows
 * (each is a chunk of its own), and nothing of it is written into the page's data.
 */
import type { Locale, MessageKey } from './messages.ts';

export async function dictionary(locale: Locale): Promise<Record<MessageKey, string>> {
	return locale === 'en' ? (await import('./en.ts')).en : (await import('./zh.ts')).zh;
}
