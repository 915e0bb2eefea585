/**
 * Every yes/no indicator's rate by province and nationally for a round, filed under the dimension
 * its indicator belongs to: the province page and the comparison read it. Cached per score run.
 */
import { computeRates } from '../analysis/rates.ts';
import { placeOfAnswer } from '../scoring/answer-indicator.ts';
import type { DimensionId, Framework } from '../scoring/framework.ts';
import { TEMPLATES, type TemplateId } from '../survey/templates.ts';
import type { HimapDatabase } from './db/connect.ts';
import { currentResponses } from './db/responses.repository.ts';
import { roundIndex } from './index-service.ts';
import { RunCache } from './run-cache.ts';

export interface IndicatorRate {
	survey: TemplateId;
	indicator: string;
	zh: string;
	en: string;
	/** The dimension whose indicator the answer feeds (see scoring/answer-indicator.ts). */
	dimension: DimensionId | null;
	/** Percent answering yes nationally, one decimal; null when nobody answered. */
	national: number | null;
	/** Per province code: percent and how many answered. */
	provinces: Record<string, { percent: number | null; n: number }>;
}

const rates = new RunCache<Promise<IndicatorRate[]>>();

/**
 * Every yes/no indicator's rate by province and nationally for one round: the province page and the
 * comparison set a province's rate beside the national one. Read once per score run, however many
 * pages ask at once.
 */
export async function indicatorRates(database: HimapDatabase, year: number): Promise<IndicatorRate[] | null> {
	const index = await roundIndex(database, year);
	if (!index) return null;
	let loading = rates.get(database, index.run);
	if (!loading) {
		loading = loadIndicatorRates(database, year, index.framework);
		rates.set(database, index.run, loading);
		loading.catch(() => rates.delete(database, index.run));
	}
	return loading;
}

async function loadIndicatorRates(
	database: HimapDatabase,
	year: number,
	framework: Framework
): Promise<IndicatorRate[]> {
	const responses = await currentResponses(database.db, year);
	const codes = [...new Set(responses.map((r) => r.province_code))].sort();
	const rows = computeRates(
		responses.map((r) => ({
			year,
			survey: r.survey as TemplateId,
			group: r.province_code,
			answers: r.answers
		})),
		{ regional: codes, hospital: codes }
	);
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
				provinces: {}
			};
			byKey.set(key, rate);
		}
		if (r.group === 'all') rate.national = r.percent;
		else rate.provinces[r.group] = { percent: r.percent, n: r.denominator };
	}
	return [...byKey.values()];
}
