/**
 * Province "development propensity": the part of a respondent's latent development score shared by
 * everyone in its province. Zone sets the average (east ahead), named offsets break the plain
 * east-to-west staircase so that province charts show the kind of exceptions real surveys do.
 */
import type { Zone4 } from './region-index.ts';

const ZONE_BASE: Record<Zone4, number> = { east: 0.7, central: 0.0, northeast: -0.15, west: -0.45 };

// Offsets by province code. Western and central leaders reflect well-known pilots (Guizhou's big
// data zone, Ningxia's "Internet + health" demonstration region, Chongqing and Hubei's regional
// platforms); Hebei and Hainan trail the eastern average.
const PROVINCE_OFFSET: Record<string, number> = {
	'110000': 0.45,
	'310000': 0.5,
	'330000': 0.45,
	'320000': 0.25,
	'440000': 0.25,
	'350000': 0.1,
	'130000': -0.75,
	'460000': -0.85,
	'520000': 1.35,
	'640000': 1.25,
	'500000': 1.2,
	'510000': 0.6,
	'420000': 0.8,
	'340000': 0.6,
	'410000': -0.2,
	'540000': -0.45,
	'630000': -0.3,
	'230000': -0.2,
	'660000': 0.3
};

/**
 * The propensity of a province (by `PP0000` code and its zone). Mean 0-ish, spread about ±1.
 *
 * @example provincePropensity('520000', 'west') // 0.9 — Guizhou, above the eastern median
 */
export function provincePropensity(provinceCode: string, zone: Zone4): number {
	return ZONE_BASE[zone] + (PROVINCE_OFFSET[provinceCode] ?? 0);
}

/**
 * Weight of province propensity in the latent score of round `year`. It shrinks by 7% of its 2018
 * value a year, so new adopters come increasingly from lagging provinces: the east–west gap
 * narrows slowly.
 */
export function provinceWeight(year: number): number {
	return 1 - 0.07 * (year - 2018);
}

/**
 * Multiplier on a respondent's yearly growth of numeric and graded indicators: respondents in
 * lagging provinces grow faster (catch-up), in leading ones slower.
 */
export function catchUp(propensity: number): number {
	return Math.min(1.5, Math.max(0.6, 1 - 0.3 * propensity));
}
