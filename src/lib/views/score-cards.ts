/** The four headline scores as cards, composite first, each with its change since the previous round. */
import { SCORE_KEYS, type ScoreKey } from '../analysis/rollup.ts';
import { formatNumber, formatSigned } from '../charts/format.ts';
import { format } from '../i18n/format.ts';
import type { Messages } from './page-base.ts';

/** The composite first: it is the figure a reader looks for. */
const CARD_ORDER: ScoreKey[] = ['composite', ...SCORE_KEYS.filter((k) => k !== 'composite')];

export function scoreCards(
	t: Messages,
	locale: string,
	scores: Record<ScoreKey, number>,
	previous: { year: number; scores: Record<ScoreKey, number> } | null,
	title: (key: ScoreKey) => string = (key) => t[key]
) {
	return CARD_ORDER.map((key) => ({
		key,
		title: title(key),
		value: formatNumber(scores[key], locale),
		change: previous
			? format(t.changeSince, {
					change: formatSigned(scores[key] - previous.scores[key], locale),
					year: previous.year
				})
			: t.noPrevious
	}));
}
