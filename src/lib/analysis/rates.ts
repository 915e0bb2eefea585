/**
 * The `rates` table (docs/contracts.md): for every boolean indicator, the share of respondents
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

/** Each survey's boolean columns, looked up once rather than once per respondent. */
const BOOLEANS = {
	regional: booleanColumns(TEMPLATES.regional).map((c) => c.name),
	hospital: booleanColumns(TEMPLATES.hospital).map((c) => c.name)
};

/** computeRates one respondent at a time, for a round read in batches: only the counts are kept. */
export class RateTally {
	// Per `year|survey|group`: [yes, answered] for each boolean column of the survey, interleaved.
	private readonly counts = new Map<string, Float64Array>();
	private readonly years = new Set<number>();
	private readonly surveys = new Set<string>();

	add(r: RateInput): void {
		const names = BOOLEANS[r.survey];
		const prefix = `${r.year}|${r.survey}|`;
		if (!this.surveys.has(prefix)) {
			this.years.add(r.year);
			this.surveys.add(prefix);
		}
		const own = this.countsOf(prefix + r.group, names.length);
		const all = this.countsOf(prefix + 'all', names.length);
		for (let i = 0; i < names.length; i++) {
			const v = r.answers[names[i]];
			if (v === undefined) continue;
			own[2 * i] += v;
			own[2 * i + 1] += 1;
			all[2 * i] += v;
			all[2 * i + 1] += 1;
		}
	}

	private countsOf(key: string, columns: number): Float64Array {
		let counts = this.counts.get(key);
		if (!counts) this.counts.set(key, (counts = new Float64Array(2 * columns)));
		return counts;
	}

	/** The rates of every group listed (as computeRates), with `all`. */
	rows(groups: Record<TemplateId, readonly string[]> = GROUPS): RateRow[] {
		const out: RateRow[] = [];
		for (const year of [...this.years].sort()) {
			for (const survey of ['regional', 'hospital'] as const) {
				const prefix = `${year}|${survey}|`;
				if (!this.surveys.has(prefix)) continue;
				BOOLEANS[survey].forEach((indicator, i) => {
					for (const group of [...groups[survey], 'all']) {
						const counts = this.counts.get(prefix + group);
						const numerator = counts?.[2 * i] ?? 0;
						const denominator = counts?.[2 * i + 1] ?? 0;
						if (denominator === 0 && group !== 'all') continue;
						out.push({
							year,
							survey,
							group,
							indicator,
							numerator,
							denominator,
							percent: percentOneDecimal(numerator, denominator)
						});
					}
				});
			}
		}
		return out;
	}
}
