/** The sentence under the selectors while a method the reader picked is being prepared. */
import { format } from '../i18n/format.ts';
import { methodPartName } from '../scoring/method-names.ts';
import { DEFAULT_METHOD, methodFromKey, type Method } from '../scoring/method.ts';
import type { Messages, Preparation } from './page-base.ts';

const PARTS = ['normalise', 'weights', 'aggregate'] as const;

/** The parts of a method that differ from the default, in words: "Min–max + Geometric mean". */
export function methodName(method: Method, t: Messages): string {
	const changed = PARTS.filter((part) => method[part] !== DEFAULT_METHOD[part]);
	return changed.map((part) => methodPartName(method[part], t)).join(' + ');
}

export function methodNote(
	asked: string | null,
	year: number | null,
	preparing: Preparation | null,
	t: Messages,
	locale: string
): string | null {
	const parsed = asked && methodFromKey(asked);
	if (!parsed || year === null || !preparing) return null;
	const method = methodName(parsed, t);
	const values = { method, year, ahead: preparing.ahead, time: clock(preparing.since, locale) };
	const message = {
		queued: t.methodQueued,
		running: t.methodRunning,
		failed: t.methodFailed,
		busy: t.methodBusy
	}[preparing.state];
	return format(message, values);
}

/** A time of day where the readers are, Beijing time: "14:05". */
function clock(iso: string | null, locale: string): string {
	if (iso === null) return '–';
	return new Intl.DateTimeFormat(locale, {
		hour: '2-digit',
		minute: '2-digit',
		hour12: false,
		timeZone: 'Asia/Shanghai'
	}).format(new Date(iso));
}
