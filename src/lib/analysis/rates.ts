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
	const tally = new RateTally();
	for (const r of rows) tally.add(r);
	return tally.rows(groups);
}

/** computeRates one respondent at a time, for a round read in batches: only the counts are kept. */
export class RateTally {
	// [yes, answered] by `year|survey|group|indicator`
	private readonly counts = new Map<string, [number, number]>();
	private readonly years = new Set<number>();
	private readonly surveys = new Set<string>();

	add(r: RateInput): void {
		this.years.add(r.year);
		this.surveys.add(`${r.year}|${r.survey}`);
		for (const column of booleanColumns(TEMPLATES[r.survey])) {
			const v = r.answers[column.name];
			if (v === undefined) continue;
			for (const group of [r.group, 'all']) {
				const key = `${r.year}|${r.survey}|${group}|${column.name}`;
				const t = this.counts.get(key);
				if (t) {
					t[0] += v;
					t[1] += 1;
				} else this.counts.set(key, [v, 1]);
			}
		}
	}

	/** The rates of every group listed (as computeRates), with `all`. */
	rows(groups: Record<TemplateId, readonly string[]> = GROUPS): RateRow[] {
		const out: RateRow[] = [];
		for (const year of [...this.years].sort()) {
			for (const survey of ['regional', 'hospital'] as const) {
				if (!this.surveys.has(`${year}|${survey}`)) continue;
				for (const column of booleanColumns(TEMPLATES[survey])) {
					for (const group of [...groups[survey], 'all']) {
						const [numerator, denominator] = this.counts.get(`${year}|${survey}|${group}|${column.name}`) ?? [
							0, 0
						];
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
}
