/**
 * A province on one printed A4 page, for a briefing pack: the four headline scores with their unit
 * and change since the previous round, the rank with its likely range, the stage, the radar on the
 * round's one scale, the sentence naming the lagging dimension, the three yes/no indicators
 * furthest below the national rate, and where it all comes from.
 */
import type { IndicatorRate } from '../analysis/indicator-rates.ts';
import { sourceCaption } from '../charts/figure-text.ts';
import { formatCount, formatNumber, formatRank, formatRankRange, formatSigned } from '../charts/format.ts';
import { format } from '../i18n/format.ts';
import { localName, zoneName } from './names.ts';
import type { PageBase } from './page-base.ts';
import { scoreCards } from './score-cards.ts';
import {
	indicatorsAgainstNation,
	laggingSentence,
	provinceRadar,
	type ProvinceHistoryPoint,
	type ProvinceIdentity
} from './province.ts';

/** How many shortfalls against the national rate the brief lists. */
export const BRIEF_GAPS = 3;

export function provinceBrief(
	base: PageBase,
	identity: ProvinceIdentity,
	rates: readonly IndicatorRate[],
	history: readonly ProvinceHistoryPoint[]
) {
	const { t, locale, view } = base;
	const name = localName(identity, locale);
	const province = view?.provinces.find((p) => p.code === identity.code);
	if (!view || !province) return { name, shown: null };
	const previous = history.filter((h) => h.year < view.year).at(-1) ?? null;
	const ranked = view.provinces.filter((p) => p.rank !== null).length;
	const range = province.interval && formatRankRange(province.interval.p05, province.interval.p95, locale);
	const stage = view.stages.find((s) => s.stage === province.stage);
	return {
		name,
		shown: {
			title: format(t.briefTitle, { name, year: view.year }),
			zone: zoneName(t, identity.zone4),
			cards: scoreCards(t, locale, province.scores, previous),
			rank:
				province.rank === null
					? t.unranked
					: format(range ? t.briefRankRange : t.briefRank, {
							rank: formatRank(province.rank, locale),
							units: ranked,
							range: range ?? ''
						}),
			stage: `${province.stage}${stage ? ` · ${localName({ name: stage.name.zh, nameEn: stage.name.en }, locale)}` : ''}`,
			respondents: formatCount(province.respondents, locale),
			fewNote: province.few ? format(t.fewRespondents, { n: view.rankThreshold.province }) : null,
			lagging: laggingSentence(base, province, view),
			radar: provinceRadar(base, identity, province, view),
			gaps: largestGaps(rates, identity.code).map((r) => ({
				key: `${r.survey}|${r.indicator}`,
				name: localName({ name: r.zh, nameEn: r.en }, locale),
				dimension: r.dimension ? t[r.dimension] : '–',
				own: formatNumber(r.own, locale),
				national: formatNumber(r.national, locale),
				difference: formatSigned(r.difference, locale)
			})),
			source: sourceCaption(t, locale, base.demo, { ...view, respondents: province.respondents }),
			computed: format(t.briefComputed, { date: view.computedAt.slice(0, 10) })
		}
	};
}

/** The indicators furthest below the national rate, whatever their dimension; none if none is below. */
export function largestGaps(rates: readonly IndicatorRate[], code: string) {
	return indicatorsAgainstNation(rates, code)
		.filter((r): r is typeof r & { difference: number } => r.difference !== null && r.difference < 0)
		.sort((a, b) => a.difference - b.difference || a.indicator.localeCompare(b.indicator))
		.slice(0, BRIEF_GAPS);
}
