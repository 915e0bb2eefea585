/**
 * The words every ChartFigure on a page shares: its button labels and its source caption (source,
 * round, respondents, framework version and method), so each chart says where it comes from.
 */
import { format } from '../i18n/format.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { methodTitle } from '../scoring/method-names.ts';

export function figureLabels(t: Record<MessageKey, string>) {
	return {
		table: t.table,
		downloadCsv: t.downloadCsv,
		downloadPng: t.downloadPng,
		methodology: t.methodologyLink
	};
}

export interface Provenance {
	year: number | string;
	respondents: number;
	frameworkVersion: string;
	/** The method key; the caption names the method in words. */
	method: string;
}

export function sourceCaption(
	t: Record<MessageKey, string>,
	locale: string,
	demo: boolean,
	p: Provenance
): string {
	return format(t.source, {
		demo: demo ? t.sourceDemo : '',
		year: p.year,
		respondents: p.respondents.toLocaleString(locale),
		framework: p.frameworkVersion,
		method: methodTitle(p.method, t)
	});
}
