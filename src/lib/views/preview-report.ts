/**
 * How the preview report (components/PreviewReport.svelte) words a move: the change with its
 * direction in words as well as colour (up, down, no change), a new respondent's score, and the
 * regions of a round in the order the page lists them.
 */
import { formatNumber, formatSigned } from '../charts/format.ts';
import { format } from '../i18n/format.ts';
import type { RoundMoves, ScoreSet } from './submission-preview.ts';

export interface MoveWords {
	previewUp: string;
	previewDown: string;
	previewSame: string;
	previewNewScore: string;
	previewUnscored: string;
}

export type Direction = 'up' | 'down' | 'same';

/** A move of one score, shown to one decimal: the rounded change decides up, down or none. */
export function moveOf(
	before: number | null | undefined,
	after: number | null | undefined,
	words: MoveWords,
	locale: string
): { text: string; direction: Direction | null } {
	if (after === null || after === undefined) return { text: words.previewUnscored, direction: null };
	if (before === null || before === undefined)
		return { text: format(words.previewNewScore, { score: formatNumber(after, locale) }), direction: null };
	const delta = Math.round((after - before) * 10) / 10;
	if (delta === 0) return { text: words.previewSame, direction: 'same' };
	const size = formatSigned(Math.abs(delta), locale).replace('+', '');
	return delta > 0
		? { text: format(words.previewUp, { delta: size }), direction: 'up' }
		: { text: format(words.previewDown, { delta: size }), direction: 'down' };
}

export const score = (s: ScoreSet | null, key: keyof ScoreSet, locale: string): string =>
	formatNumber(s?.[key] ?? null, locale);

/** The region lists of a round, largest level last (county, city, province), each with its heading key. */
export const regionLists = (round: RoundMoves) =>
	[
		['previewCounties', round.regions.county],
		['previewCities', round.regions.city],
		['previewProvinces', round.regions.province]
	] as const;
