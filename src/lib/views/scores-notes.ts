/**
 * The note under every page's header when the figures shown are not the newest: rounds still
 * being scored for the first time, runs being brought up to date with newer responses (the last
 * complete run is shown meanwhile), and background scoring that failed and is being retried.
 */
import { format } from '../i18n/format.ts';
import type { MessageKey } from '../i18n/messages.ts';

export interface ScoresStatus {
	pending: number[];
	updating: { year: number; computedAt: string }[];
	failed: { year: number; computedAt: string | null }[];
}

/** The note's sentences, in the page's language; none when every figure is current. */
export function scoresNotes(status: ScoresStatus, t: Record<MessageKey, string>, locale: string): string[] {
	// Figures are computed in UTC; readers are in China: Beijing time, and the zone said.
	const time = (list: { computedAt: string | null }[]) => {
		const oldest = list
			.map((r) => r.computedAt)
			.filter((c): c is string => c !== null)
			.sort()[0];
		return oldest === undefined
			? '—'
			: new Intl.DateTimeFormat(locale, {
					year: 'numeric',
					month: 'short',
					day: 'numeric',
					hour: 'numeric',
					minute: '2-digit',
					timeZone: 'Asia/Shanghai',
					timeZoneName: 'short'
				}).format(new Date(oldest));
	};
	const years = (list: { year: number }[] | number[]) =>
		list.map((y) => (typeof y === 'number' ? y : y.year)).join(locale === 'en' ? ', ' : '、');
	const notes: string[] = [];
	if (status.pending.length) notes.push(format(t.scoresPending, { years: years(status.pending) }));
	if (status.updating.length)
		notes.push(format(t.scoresUpdating, { years: years(status.updating), time: time(status.updating) }));
	if (status.failed.length)
		notes.push(format(t.scoresFailed, { years: years(status.failed), time: time(status.failed) }));
	return notes;
}
