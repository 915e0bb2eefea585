/**
 * The data page's "how to cite" line: the software (version, commit) and the data the page's
 * downloads hold (round, framework, method), in the reader's language.
 */
import { format } from '../i18n/format.ts';
import type { MessageKey } from '../i18n/messages.ts';

export interface CitationSource {
	version: string;
	commit: string;
	framework: { id: string; version: string };
	method: string | null;
}

export function citationLine(
	t: Record<MessageKey, string>,
	source: CitationSource,
	year: number | null
): string {
	return format(t.citeLine, {
		version: source.version,
		commit: source.commit,
		round: year === null ? t.citeAllRounds : format(t.citeRound, { year }),
		framework: source.framework.id,
		frameworkVersion: source.framework.version,
		method: source.method ?? ''
	});
}
