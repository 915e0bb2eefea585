/**
 * The round-completeness page (/completeness): the headline figures, the map and table by
 * province, the table by city when the view is one province or less, the missing units and the
 * round picker, each rate written with its numerator and denominator.
 */
import { wilsonPercent } from '../analysis/wilson.ts';
import { intervalText } from '../charts/interval-text.ts';
import type { ExpectedUnit } from '../analysis/completeness.ts';
import type { AreaFigures, Figures, Rate, TallyResult } from '../analysis/completeness-tally.ts';
import type { CompletenessMapData, CompletenessMapLabels } from '../charts/completeness-map/build.ts';
import { formatCount, formatNumber } from '../charts/format.ts';
import { format } from '../i18n/format.ts';
import type { Locale } from '../i18n/messages.ts';
import type { RegionIndex, RegionRecord } from '../survey/regions.ts';
import type { Messages } from './page-base.ts';

export interface CompletenessInput extends TallyResult {
	year: number;
	previous: number | null;
	scope: string;
}

export interface AreaRow {
	code: string;
	name: string;
	/** Where its name links: the drill-in to its cities; null for none. */
	href: string | null;
	expected: string;
	approved: string;
	submitted: string;
	returned: string;
	notStarted: string;
	reporting: string;
	approval: string;
	regional: string;
	hospital: string;
	/** Each rate's 95 % Wilson interval in percent ("81.2–88.0"); null where there is no rate. */
	ci: Record<'reporting' | 'approval' | 'regional' | 'hospital', string | null>;
}

export interface MissingRow {
	key: string;
	name: string;
	region: string;
	kind: string;
}

export interface CompletenessPage {
	year: number;
	rounds: { year: number; label: string }[];
	title: string;
	intro: string;
	headline: { label: string; value: string; detail: string }[];
	bySurvey: AreaRow[];
	map: { data: CompletenessMapData; labels: CompletenessMapLabels; title: string };
	provinces: AreaRow[];
	/** The cities of the province shown; null when the view is the nation. */
	cities: { title: string; rows: AreaRow[] } | null;
	missing: MissingRow[];
	missingNote: string | null;
	unitsNote: string;
	exportHref: string;
	nationHref: string | null;
	/** The province drilled into (`44`), kept by the round picker; null when none. */
	drill: string | null;
}

type Regions = Pick<RegionIndex<RegionRecord>, 'get'>;

export function completenessPage(
	report: CompletenessInput,
	rounds: { year: number; state: string }[],
	t: Messages,
	locale: Locale,
	regions: Regions,
	mayWiden: boolean
): CompletenessPage {
	const name = (code: string) => {
		const r = regions.get(code);
		return r ? (locale === 'en' ? (r.nameEn ?? r.name) : r.name) : code;
	};
	const scopeName = report.scope === '000000' ? t.nationalRegion : name(report.scope);
	const count = (n: number) => formatCount(n, locale);
	const rateText = (r: Rate) =>
		r.value === null
			? '–'
			: `${formatNumber(100 * r.value, locale, 1)} % (${format(t.completenessOf, { numerator: count(r.numerator), denominator: count(r.denominator) })})`;
	const query = (extra: string) => `/completeness?year=${report.year}${extra}`;
	const row = (code: string, label: string, f: AreaFigures, href: string | null): AreaRow => ({
		code,
		name: label,
		href,
		expected: count(f.all.counts.expected),
		approved: count(f.all.counts.approved),
		submitted: count(f.all.counts.submitted),
		returned: count(f.all.counts.returned),
		notStarted: count(f.all.counts.not_started),
		reporting: rateText(f.all.reporting),
		approval: rateText(f.all.approval),
		regional: rateText(f.regional.reporting),
		hospital: rateText(f.hospital.reporting),
		ci: {
			reporting: rateInterval(f.all.reporting, locale),
			approval: rateInterval(f.all.approval, locale),
			regional: rateInterval(f.regional.reporting, locale),
			hospital: rateInterval(f.hospital.reporting, locale)
		}
	});
	const surveyRow = (label: string, f: Figures): AreaRow =>
		row(label, label, { all: f, regional: f, hospital: f }, null);
	const nation = report.scope === '000000';
	const provinceCodes = [...report.provinces.keys()].sort();
	const provinces = provinceCodes.map((p) =>
		row(p, name(`${p}0000`), report.provinces.get(p)!, nation ? query(`&province=${p}`) : null)
	);
	const cityCodes = [...report.cities.keys()].sort();
	const cityName = (code: string) =>
		regions.get(code)?.level === 'province' && cityCodes.length > 1
			? format(t.completenessProvinceLevel, { name: name(code) })
			: name(code);
	const totals = report.totals;
	return {
		year: report.year,
		rounds: rounds.map((r) => ({
			year: r.year,
			label: `${r.year} (${t[`completenessRoundState_${r.state}` as keyof Messages] ?? r.state})`
		})),
		title: t.completenessTitle,
		intro: format(t.completenessIntro, { year: String(report.year), region: scopeName }),
		headline: [
			{
				label: t.completenessExpected,
				value: count(totals.all.counts.expected),
				detail:
					totals.all.counts.new > 0
						? format(t.completenessNewCount, { count: count(totals.all.counts.new) })
						: ''
			},
			headlineRate(t.completenessReportingRate, totals.all.reporting, t, locale),
			headlineRate(t.completenessApprovalRate, totals.all.approval, t, locale),
			...(['approved', 'submitted', 'returned', 'not_started'] as const).map((s) => ({
				label: t[`completenessStatus_${s}`],
				value: count(totals.all.counts[s]),
				detail: ''
			}))
		],
		bySurvey: [
			surveyRow(t.completenessSurvey_regional, totals.regional),
			surveyRow(t.completenessSurvey_hospital, totals.hospital),
			surveyRow(t.completenessAll, totals.all)
		],
		map: {
			title: format(t.completenessMapTitle, { year: String(report.year) }),
			data: {
				locale,
				rows: provinceCodes.map((p) => {
					const f = report.provinces.get(p)!.all.reporting;
					return { code: p, name: name(`${p}0000`), numerator: f.numerator, denominator: f.denominator };
				})
			},
			labels: {
				rate: t.completenessMapLegend,
				of: t.completenessOf,
				reported: t.completenessWithData,
				expected: t.completenessExpected,
				noData: t.noDataMap,
				legendTitle: t.completenessMapLegend,
				region: t.completenessProvince,
				notMapped: t.notMapped,
				southChinaSea: t.southChinaSea
			}
		},
		provinces,
		cities: nation
			? null
			: {
					title: format(t.completenessByCity, { province: scopeName }),
					rows: cityCodes.map((c) => row(c, cityName(c), report.cities.get(c)!, null))
				},
		missing: report.missing.map((u) => missingRow(u, t, name)),
		missingNote:
			report.missingCount > report.missing.length
				? format(t.completenessMissingMore, {
						shown: count(report.missing.length),
						count: count(report.missingCount)
					})
				: null,
		unitsNote: format(t.completenessUnitsNote, {
			previous: report.previous === null ? t.completenessNoPrevious : String(report.previous)
		}),
		exportHref: `/completeness/export.csv?year=${report.year}${nation || !mayWiden ? '' : `&province=${report.scope.slice(0, 2)}`}`,
		nationHref: !nation && mayWiden ? query('') : null,
		drill: !nation && mayWiden ? report.scope.slice(0, 2) : null
	};
}

function headlineRate(label: string, r: Rate, t: Messages, locale: Locale) {
	const ci = rateInterval(r, locale);
	const of = format(t.completenessOf, {
		numerator: formatCount(r.numerator, locale),
		denominator: formatCount(r.denominator, locale)
	});
	return {
		label,
		value: r.value === null ? '–' : `${formatNumber(100 * r.value, locale, 1)} %`,
		// A no-break space: on a phone's half-width card the % wrapped onto a line of its own.
		detail: ci === null ? of : `${of} · ${t.rateIntervalShort} ${ci}\u00a0%`
	};
}

/** The rate's 95 % Wilson interval in percent (analysis/wilson.ts), as text; null without a rate. */
const rateInterval = (r: Rate, locale: Locale) =>
	intervalText(wilsonPercent(r.numerator, r.denominator), locale);

function missingRow(u: ExpectedUnit, t: Messages, name: (code: string) => string): MissingRow {
	const group = t[`group_${u.group}` as keyof Messages] ?? u.group;
	return {
		key: `${u.survey}:${u.key}`,
		name: u.survey === 'regional' ? name(u.regionCode) : u.name,
		region: u.regionCode,
		kind: group
	};
}
