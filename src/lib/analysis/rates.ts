/**
 * The `rates` table (DESIGN.md section 7): for every boolean indicator, the share of respondents
 * answering yes among those who answered, by respondent group and for `all` per survey.
 */
import {
	booleanColumns,
	HOSPITAL_GROUPS,
	REGIONAL_GROUPS,
	TEMPLATES,
	type TemplateId
} from '../survey/templates.ts';

export interface RateInput {
	year: number;
	survey: TemplateId;
	group: string;
	answers: Record<string, number>;
}

export interface RateRow {
	year: number;
	survey: TemplateId;
	group: string;
	indicator: string;
	numerator: number;
	denominator: number;
	/** One decimal, rounded half up; null when nobody answered. */
	percent: number | null;
}

/** Percent with one decimal, half up, computed on integers so 30/32 gives 93.8, not 93.7. */
export function percentOneDecimal(numerator: number, denominator: number): number | null {
	if (denominator === 0) return null;
	return Math.floor((numerator * 2000 + denominator) / (2 * denominator)) / 10;
}

const GROUPS: Record<TemplateId, readonly string[]> = {
	regional: REGIONAL_GROUPS,
	hospital: HOSPITAL_GROUPS
};

/**
 * `groups` chooses the breakdown written out per survey (the respondent groups by default); the
 * dashboard passes province codes as `group` and lists them here to get rates by province.
 *
 * @example computeRates([{ year: 2024, survey: 'regional', group: 'county', answers: { platform_built: 1 } }, …])
 *   → [{ year: 2024, survey: 'regional', group: 'county', indicator: 'platform_built', numerator: 1, denominator: 1, percent: 100 }, …]
 */
export function computeRates(
	rows: Iterable<RateInput>,
	groups: Record<TemplateId, readonly string[]> = GROUPS
): RateRow[] {
	// tally[year][survey][group][indicator] = [yes, answered]
	const tally = new Map<string, [number, number]>();
	const years = new Set<number>();
	const surveys = new Set<string>();
	for (const r of rows) {
		years.add(r.year);
		surveys.add(`${r.year}|${r.survey}`);
		for (const column of booleanColumns(TEMPLATES[r.survey])) {
			const v = r.answers[column.name];
			if (v === undefined) continue;
			for (const group of [r.group, 'all']) {
				const key = `${r.year}|${r.survey}|${group}|${column.name}`;
				const t = tally.get(key) ?? [0, 0];
				t[0] += v;
				t[1] += 1;
				tally.set(key, t);
			}
		}
	}
	const out: RateRow[] = [];
	for (const year of [...years].sort()) {
		for (const survey of ['regional', 'hospital'] as const) {
			if (!surveys.has(`${year}|${survey}`)) continue;
			for (const column of booleanColumns(TEMPLATES[survey])) {
				for (const group of [...groups[survey], 'all']) {
					const [numerator, denominator] = tally.get(`${year}|${survey}|${group}|${column.name}`) ?? [0, 0];
					if (denominator === 0 && group !== 'all') continue;
					out.push({
						year,
						survey,
						group,
						indicator: column.name,
						numerator,
						denominator,
						percent: percentOneDecimal(numerator, denominator)
					});
				}
			}
		}
	}
	return out;
}
