/**
 * Every yes/no indicator's rate by province beside the national rate, filed under the dimension
 * its indicator belongs to: what the province page and the comparison show.
 */
import { placeOfAnswer } from '../scoring/answer-indicator.ts';
import type { DimensionId, Framework } from '../scoring/framework.ts';
import { TEMPLATES, type TemplateId } from '../survey/templates.ts';
import type { RateRow } from './rates.ts';
import { wilsonPercent, type Interval } from './wilson.ts';

export interface IndicatorRate {
	survey: TemplateId;
	indicator: string;
	zh: string;
	en: string;
	/** The dimension whose indicator the answer feeds (see scoring/answer-indicator.ts). */
	dimension: DimensionId | null;
	/** Percent answering yes nationally, one decimal; null when nobody answered. */
	national: number | null;
	/** The national rate's 95 % Wilson interval in percent (wilson.ts); null when nobody answered. */
	nationalCi: Interval | null;
	/** Per province code: percent, how many answered and the 95 % Wilson interval in percent. */
	provinces: Record<string, { percent: number | null; n: number; ci: Interval | null }>;
}

/** From rates whose `group` is a province code (and `all` for the nation): see computeRates. */
export function indicatorRates(rows: readonly RateRow[], framework: Framework): IndicatorRate[] {
	const byKey = new Map<string, IndicatorRate>();
	for (const r of rows) {
		const key = `${r.survey}|${r.indicator}`;
		let rate = byKey.get(key);
		if (!rate) {
			const column = TEMPLATES[r.survey].columns.find((c) => c.name === r.indicator)!;
			rate = {
				survey: r.survey,
				indicator: r.indicator,
				zh: column.zh,
				en: column.description.charAt(0).toUpperCase() + column.description.slice(1),
				dimension: placeOfAnswer(framework, r.indicator)?.dimension ?? null,
				national: null,
				nationalCi: null,
				provinces: {}
			};
			byKey.set(key, rate);
		}
		const ci = wilsonPercent(r.numerator, r.denominator);
		if (r.group === 'all') {
			rate.national = r.percent;
			rate.nationalCi = ci;
		} else rate.provinces[r.group] = { percent: r.percent, n: r.denominator, ci };
	}
	return [...byKey.values()];
}
