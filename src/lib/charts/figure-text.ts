/**
 * The words every ChartFigure on a page shares: its button labels, its source caption (source,
 * round, respondents, framework version and method), so each chart says where it comes from, and
 * the words a downloaded chart or table carries with it (report-frame.ts, table.ts `csvDocument`).
 */
import { format } from '../i18n/format.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { Method } from '../scoring/method.ts';
import { methodTitle } from '../scoring/method-names.ts';

type Messages = Record<MessageKey, string>;

/** What a chart's numbers are: scores out of 100, inequality measures, cumulative shares or percentages. */
export type ChartUnit = 'score' | 'inequality' | 'share' | 'percent';

/** What a download says besides its data: the page's round and method, and whether the data is the demo. */
export interface ReportWords {
	/** "Round 2024"; a chart over several rounds gives its own (ChartFigure's `round`). */
	round: string | null;
	/** "Method: Goalposts, framework weights, arithmetic mean (default)" (scoring/method-names.ts). */
	method: string | null;
	/** The synthetic-data notice on the demo data; null on real data. */
	notice: string | null;
	/** "Unit: …" of each kind of chart: scores unless a chart says otherwise (ChartFigure's `unit`). */
	units: Record<ChartUnit, string>;
	/** "Generated {date} by HIMAP", the date filled in when the file is made. */
	generated: string;
	/** The header of the column that replaces the few-respondents mark in downloaded tables. */
	fewColumn: string;
	/** The mark's meaning, for the footer of an image whose labels carry it. */
	fewNote: string;
}

export interface FigureLabels {
	table: string;
	downloadCsv: string;
	downloadPng: string;
	downloadSvg: string;
	downloadTable: string;
	methodology: string;
	report: ReportWords;
}

export interface FigureContext {
	demo: boolean;
	method?: Method | null;
	year?: number | string | null;
	/** Respondents below which a province is marked and not ranked (the framework's); null when unknown. */
	few: number | null;
}

export function figureLabels(t: Messages, context: FigureContext): FigureLabels {
	return {
		table: t.table,
		downloadCsv: t.downloadCsv,
		downloadPng: t.downloadPng,
		downloadSvg: t.downloadSvg,
		downloadTable: t.downloadTable,
		methodology: t.methodologyLink,
		report: reportWords(t, context)
	};
}

export function reportWords(t: Messages, { demo, method, year, few }: FigureContext): ReportWords {
	return {
		round: year === null || year === undefined ? null : format(t.reportRound, { year }),
		method: method ? format(t.reportMethod, { method: methodTitle(method, t) }) : null,
		notice: demo ? t.synthetic : null,
		units: {
			score: format(t.reportUnit, { unit: t.unitScore }),
			inequality: format(t.reportUnit, { unit: t.unitInequality }),
			share: format(t.reportUnit, { unit: t.unitShare }),
			percent: format(t.reportUnit, { unit: t.unitPercent })
		},
		generated: t.reportGenerated,
		fewColumn: t.fewColumn,
		fewNote: few === null ? t.unranked : format(t.fewRespondents, { n: few })
	};
}

export interface Provenance {
	year: number | string;
	respondents: number;
	frameworkVersion: string;
	/** The method key; the caption names the method in words. */
	method: string;
}

export function sourceCaption(t: Messages, locale: string, demo: boolean, p: Provenance): string {
	return format(t.source, {
		demo: demo ? t.sourceDemo : '',
		year: p.year,
		respondents: p.respondents.toLocaleString(locale),
		respondentWord: p.respondents === 1 ? t.respondentOne : t.respondentMany,
		framework: p.frameworkVersion,
		method: methodTitle(p.method, t)
	});
}
