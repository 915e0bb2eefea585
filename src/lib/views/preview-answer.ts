/**
 * An answer of the preview as the clerk wrote it: yes/no in the reader's language, the
 * interoperability grade by its name (4A, 四级甲等), a number as it is.
 */
import { INTEROP_LEVELS } from '../survey/templates.ts';
import type { AnswerKind } from './submission-preview.ts';

export interface AnswerWords {
	previewYes: string;
	previewNo: string;
	previewEmpty: string;
}

export function answerText(
	kind: AnswerKind | null,
	value: number | null,
	words: AnswerWords,
	locale: string
): string {
	if (value === null) return words.previewEmpty;
	if (kind === 'boolean') return value === 1 ? words.previewYes : words.previewNo;
	if (kind === 'ordinal') {
		const names = INTEROP_LEVELS[value];
		if (names) return (locale === 'en' ? names[0] : names[names.length - 1]) ?? String(value);
	}
	return String(value);
}
