/**
 * Who exists in the demo: every respondent with its stable id, name, region, group, the rounds it
 * answers, and its latent development. Answers are derived from these in the answers modules.
 */
import type { RespondentGroup, TemplateId } from '../survey/templates.ts';
import { DEMO_YEARS } from './calibration.ts';
import { provincePropensity, provinceWeight } from './propensity.ts';
import { hashString, normal, uniform } from './random.ts';
import { provinceCodeOf, type RegionIndex, type Zone4 } from './region-index.ts';
import { DROPOUT_RATE } from './trajectory.ts';

/** One demo respondent: a health commission or a hospital. */
export interface Respondent {
	/** Stable across rounds: `RHC<region code>` or `H<region code>-<serial>`. */
	id: string;
	/** Hash of the id: the respondent's part of every random draw's key. */
	seed: number;
	name: string;
	template: TemplateId;
	group: RespondentGroup;
	regionCode: string;
	provinceCode: string;
	zone: Zone4;
	/** The province part of the latent development score. */
	propensity: number;
	/** The respondent's own part of the latent development score, about standard normal. */
	own: number;
	/** First and last round answered (inclusive); every respondent answers every round in between. */
	firstYear: number;
	lastYear: number;
}

/** Whether `r` answers round `year`. */
export function isPresent(r: Respondent, year: number): boolean {
	return r.firstYear <= year && year <= r.lastYear;
}

/**
 * Latent development of `r` in round `year`: province propensity (weight shrinking over the rounds)
 * plus the respondent's own component.
 */
export function development(r: Respondent, year: number): number {
	return provinceWeight(year) * r.propensity + r.own;
}

/** Identity fields the respondent builders supply; the rest is filled in by {@link makeRespondent}. */
export interface RespondentSeed {
	id: string;
	name: string;
	template: TemplateId;
	group: RespondentGroup;
	regionCode: string;
	firstYear: number;
}

/** Completes a respondent: province, zone, latent development and the round it drops out after. */
export function makeRespondent(index: RegionIndex, seed: RespondentSeed): Respondent {
	const provinceCode = provinceCodeOf(seed.regionCode);
	const zone = (index.byCode.get(provinceCode)?.zone4 ?? 'west') as Zone4;
	// A literal with every field in one fixed order: all respondents then share one hidden class,
	// which keeps the hot loops over them fast (object spread gave each its own).
	return {
		id: seed.id,
		seed: hashString(seed.id),
		name: seed.name,
		template: seed.template,
		group: seed.group,
		regionCode: seed.regionCode,
		provinceCode,
		zone,
		propensity: provincePropensity(provinceCode, zone),
		own: normal('own', seed.id),
		firstYear: seed.firstYear,
		lastYear: lastYearOf(seed.id, seed.group, seed.firstYear)
	};
}

function lastYearOf(id: string, group: RespondentGroup, firstYear: number): number {
	const rate = DROPOUT_RATE[group];
	for (const year of DEMO_YEARS) {
		if (year <= firstYear) continue;
		if (uniform('dropout', id, year) < rate) return year - 1;
	}
	return DEMO_YEARS[DEMO_YEARS.length - 1];
}
