/**
 * A small round for the page views' tests: four provinces in two zones, one (the XPCC) too small to
 * rank, and cities of both series, one too small to rank.
 */
import type { IndicatorRate } from '../analysis/indicator-rates.ts';
import type { ScoreKey } from '../analysis/rollup.ts';
import { MESSAGES, type Locale } from '../i18n/messages.ts';
import { DEFAULT_METHOD, methodKey } from '../scoring/method.ts';
import type { PageBase } from './page-base.ts';
import type { ProvinceIdentity } from './province.ts';
import type { ProvinceView, RoundView } from './round-view.ts';

export const scores = (
	composite: number,
	governance = composite,
	infrastructure = composite,
	application = composite
) => ({ composite, governance, infrastructure, application }) satisfies Record<ScoreKey, number>;

/** A bootstrap interval of ±2 around each score (analysis/bootstrap.ts). */
const band = (s: Record<ScoreKey, number>) =>
	Object.fromEntries(
		Object.entries(s).map(([k, v]) => [k, { lower: v - 2, upper: v + 2, se: 1 }])
	) as ProvinceView['bootstrap'];

function province(
	code: string,
	name: string,
	nameEn: string,
	zone4: string,
	s: Record<ScoreKey, number>,
	rank: number | null,
	respondents = 120
): ProvinceView {
	return {
		code,
		name,
		nameEn,
		zone4,
		zone3: zone4 === 'east' ? 'east' : 'west',
		population: code === '66' ? null : 1000 + Number(code),
		scores: s,
		rank,
		stage: 3,
		respondents,
		interval: rank === null ? null : ({ code, p05: rank, p95: rank + 1.2 } as ProvinceView['interval']),
		bootstrap: band(s),
		few: rank === null,
		groupMeans: { provincial: s, county: scores(s.composite - 10) } as ProvinceView['groupMeans'],
		counts: { provincial: 1, county: respondents - 1 } as ProvinceView['counts']
	};
}

export function testRound(year = 2024, overrides: Partial<RoundView> = {}): RoundView {
	return {
		year,
		runId: 7,
		frameworkVersion: 'himap 1.0',
		method: methodKey(DEFAULT_METHOD),
		respondents: 400,
		national: scores(60, 62, 58, 60),
		provinces: [
			province('11', '北京市', 'Beijing', 'east', scores(80, 85, 75, 80), 1),
			province('44', '广东省', 'Guangdong', 'east', scores(70, 60, 80, 70), 2),
			province('62', '甘肃省', 'Gansu', 'west', scores(50, 60, 40, 50), 3),
			province('66', '新疆生产建设兵团', 'XPCC', 'west', scores(40, 50, 40, 30), null, 12)
		],
		cities: [
			{
				code: '440100',
				name: '广州市',
				nameEn: 'Guangzhou',
				provinceCode: '44',
				series: 1,
				rank: 1,
				scores: scores(75),
				respondents: 40,
				bootstrap: band(scores(75))
			},
			{
				code: '620100',
				name: '兰州市',
				nameEn: 'Lanzhou',
				provinceCode: '62',
				series: 1,
				rank: 2,
				scores: scores(55),
				respondents: 20,
				bootstrap: band(scores(55))
			},
			{
				code: '440300',
				name: '深圳市',
				nameEn: 'Shenzhen',
				provinceCode: '44',
				series: 2,
				rank: 1,
				scores: scores(72),
				respondents: 35,
				bootstrap: band(scores(72))
			},
			{
				code: '441900',
				name: '东莞市',
				nameEn: 'Dongguan',
				provinceCode: '44',
				series: 2,
				rank: null,
				scores: scores(78),
				respondents: 5,
				bootstrap: band(scores(78))
			}
		],
		rankThreshold: { province: 30, city: 10 },
		stages: [
			{ stage: 1, min: 0, name: { zh: '起步', en: 'Initial' } },
			{ stage: 2, min: 20, name: { zh: '发展', en: 'Developing' } },
			{ stage: 3, min: 40, name: { zh: '成型', en: 'Established' } },
			{ stage: 4, min: 60, name: { zh: '成熟', en: 'Mature' } },
			{ stage: 5, min: 80, name: { zh: '引领', en: 'Leading' } }
		],
		zones: [
			{ zone: 'east', scores: scores(75), respondents: 240 },
			{ zone: 'west', scores: scores(45), respondents: 160 }
		],
		betweenShare: { composite: 0.8, governance: 0.5, infrastructure: null, application: 0.7 },
		withIntervals: true,
		computedAt: '2026-11-30T00:00:00Z',
		stale: false,
		...overrides
	};
}

export function testBase(locale: Locale = 'en', overrides: Partial<PageBase> = {}): PageBase {
	const view = 'view' in overrides ? overrides.view! : testRound();
	return {
		locale,
		t: MESSAGES[locale],
		demo: false,
		years: view ? [view.year] : [],
		year: view?.year ?? null,
		dimension: 'composite',
		method: DEFAULT_METHOD,
		notScored: null,
		preparing: null,
		framework: {
			shown: 'himap-default@1.0.0',
			stored: ['himap-default@1.0.0'],
			asked: null,
			preparing: null,
			missing: false
		},
		view,
		...overrides
	};
}

/** Province identities and yes/no rates for the province views' tests. */
export const GUANGDONG: ProvinceIdentity = { code: '44', name: '广东省', nameEn: 'Guangdong', zone4: 'east' };
export const XPCC: ProvinceIdentity = { code: '66', name: '新疆生产建设兵团', nameEn: 'XPCC', zone4: 'west' };

const rate = (
	indicator: string,
	dimension: IndicatorRate['dimension'],
	own: number | null,
	national: number | null
): IndicatorRate => ({
	survey: 'hospital',
	indicator,
	zh: indicator,
	en: indicator,
	dimension,
	national,
	nationalCi: national === null ? null : { lower: national - 3, upper: national + 3 },
	provinces: {
		'44': { percent: own, n: 7, ci: own === null ? null : { lower: own - 5, upper: own + 5 } },
		'11': { percent: 99, n: 3, ci: { lower: 60, upper: 100 } }
	}
});

export const RATES = [
	rate('app-small-gap', 'application', 60, 62),
	rate('gov-ahead', 'governance', 80, 50),
	rate('infra-unknown', 'infrastructure', null, 40),
	rate('gov-behind', 'governance', 30, 70),
	rate('infra-behind', 'infrastructure', 20, 25),
	rate('none', null, 50, 50),
	{
		...rate('elsewhere', 'governance', 1, 1),
		provinces: { '11': { percent: 10, n: 1, ci: { lower: 2, upper: 80 } } }
	}
];
