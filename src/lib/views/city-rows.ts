/** Rows of a cities table (components/CityTable.svelte), formatted for the reader's language. */
import { SCORE_KEYS, type ScoreKey } from '../analysis/rollup.ts';
import { formatCount, formatNumber, roundTo } from '../charts/format.ts';
import { intervalText } from '../charts/interval-text.ts';
import type { ChartTable } from '../charts/table.ts';
import { format } from '../i18n/format.ts';
import { localName, markedName } from './names.ts';
import type { Messages } from './page-base.ts';
import type { CityView } from './round-view.ts';

export interface CityRow {
	code: string;
	provinceCode: string;
	series: 1 | 2;
	/** Within the city's series; null when unranked. */
	rank: number | null;
	name: string;
	/** The name in the other language: Chinese beside an English page, for matching official sources. */
	otherName: string;
	scores: Record<ScoreKey, string>;
	/** The composite's 95 % bootstrap interval ("61.2–66.8"); null for a run without it. */
	compositeCi: string | null;
	respondents: string;
}

/** `threshold`: the fewest respondents a city needs to be ranked, for the note on unranked ones. */
export function cityRows(cities: readonly CityView[], t: Messages, locale: string, threshold: number) {
	return {
		rows: cities.map((c): CityRow => ({
			code: c.code,
			provinceCode: c.provinceCode,
			series: c.series,
			rank: c.rank,
			name: markedName(c, locale),
			otherName: localName(c, locale === 'en' ? 'zh-CN' : 'en'),
			scores: Object.fromEntries(SCORE_KEYS.map((k) => [k, formatNumber(c.scores[k], locale)])) as Record<
				ScoreKey,
				string
			>,
			compositeCi: intervalText(c.bootstrap?.composite, locale),
			respondents: formatCount(c.respondents, locale)
		})),
		/** What the not-ranked mark means, when a row carries it. */
		fewNote: cities.some((c) => c.rank === null) ? format(t.fewRespondents, { n: threshold }) : null
	};
}

/**
 * The cities table as its CSV has it: plain numbers, and the one column the page chooses (the
 * province, or the series) given as `column`.
 */
export function cityTable(
	cities: readonly CityView[],
	t: Messages,
	locale: string,
	column: { header: string; value: (city: CityView) => string }
): ChartTable {
	return {
		columns: [t.rankInSeries, t.name, column.header, ...SCORE_KEYS.map((k) => t[k]), t.respondents],
		rows: cities.map((c) => [
			c.rank,
			markedName(c, locale),
			column.value(c),
			...SCORE_KEYS.map((k) => roundTo(c.scores[k], 2)),
			c.respondents
		])
	};
}
