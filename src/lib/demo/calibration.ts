/**
 * Calibration targets for round 2018: the figures of the 2019 National Health Informatization
 * Survey report (NHC Statistical Information Center, 2019), as quoted in Huang et al., J Med
 * Internet Res 2021;23(6):e27345 and kept line by line in
 * data/reference/survey-2019-published.csv. The generator reproduces every numerator and denominator of that file exactly; the tests check
 * the generated CSV text against the file itself, not against this table.
 */
import type { RespondentGroup } from '../survey/templates.ts';

/** The calibrated round. */
export const CALIBRATED_YEAR = 2018;

/** Every round the demo covers, oldest first. */
export const DEMO_YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024] as const;

/**
 * Size of each respondent group's universe in 2018 — the denominators of the `respondents` lines
 * (e.g. 296 of 425 municipal commissions answered). Not derivable from the data, hence kept here.
 */
export const UNIVERSE_2018: Readonly<Record<RespondentGroup, number>> = {
	provincial: 32,
	municipal: 425,
	county: 2803,
	tertiary: 2112,
	secondary: 6004,
	other: 4180
};

/** Number of respondents per group in round 2018. */
export const RESPONDENTS_2018: Readonly<Record<RespondentGroup, number>> = {
	provincial: 32,
	municipal: 296,
	county: 1322,
	tertiary: 1480,
	secondary: 3730,
	other: 260
};

/** Respondents answering `yes`, per group and boolean column (every respondent answers in 2018). */
export const YES_COUNTS_2018: Readonly<Partial<Record<RespondentGroup, Readonly<Record<string, number>>>>> = {
	provincial: {
		platform_built: 30,
		ehrd_built: 30,
		did_built: 32,
		emrd_built: 30,
		tech_cloud: 22,
		tech_bigdata: 17,
		tech_iot: 7,
		tech_mobile: 23,
		tech_ai: 4,
		security_system: 32,
		mlps_evaluated: 24
	},
	municipal: {
		platform_built: 196,
		ehrd_built: 251,
		did_built: 238,
		emrd_built: 176,
		security_system: 269,
		mlps_evaluated: 90
	},
	county: {
		platform_built: 637,
		ehrd_built: 1031,
		did_built: 1008,
		emrd_built: 610,
		security_system: 1043,
		mlps_evaluated: 234
	},
	tertiary: { tech_mobile: 747, tech_ai: 137, security_system: 1468, mlps_evaluated: 687 },
	secondary: { tech_mobile: 767, tech_ai: 62, security_system: 3577, mlps_evaluated: 694 },
	other: { tech_mobile: 63, tech_ai: 3, security_system: 212, mlps_evaluated: 26 }
};

/** Commissions with none of the five `tech_*` columns `yes` (the report gives no per-technology rates below province level). */
export const NO_ADVANCED_TECH_2018: Readonly<Partial<Record<RespondentGroup, number>>> = {
	municipal: 119,
	county: 609
};

/**
 * `it_staff` targets: an exact group mean, or how many respondents have fewer than `below` staff.
 */
export type StaffTarget = { mean: number } | { below: number; count: number };

export const IT_STAFF_2018: Readonly<Record<RespondentGroup, StaffTarget>> = {
	provincial: { mean: 20 },
	municipal: { below: 9, count: 271 },
	county: { below: 9, count: 1238 },
	tertiary: { mean: 10 },
	secondary: { below: 4, count: 2764 },
	other: { below: 4, count: 233 }
};

/**
 * Group means of percent columns over the respondents who answered them. The generator makes each
 * mean exactly this value (sum of tenths = value × 10 × answers), so any rounding rule agrees.
 */
export const PERCENT_MEANS_2018: Readonly<
	Partial<Record<RespondentGroup, Readonly<Record<string, number>>>>
> = {
	provincial: { it_staff_bachelor_pct: 88.9 },
	municipal: { it_staff_bachelor_pct: 83.8 },
	county: { it_staff_bachelor_pct: 51.6 },
	tertiary: {
		it_staff_bachelor_pct: 67.5,
		it_staff_master_pct: 14.3,
		it_staff_cs_pct: 85.1,
		it_staff_senior_pct: 2.0
	},
	secondary: { it_staff_master_pct: 2.3, it_staff_cs_pct: 49.1, it_staff_senior_pct: 1.9 },
	other: { it_staff_master_pct: 0.7, it_staff_cs_pct: 26.5, it_staff_senior_pct: 0.6 }
};

/** Bands of `it_investment_pct` (percent of annual revenue), as the report groups them. */
export type InvestmentBand = 'lt_0.1' | '0.1_to_1' | '1_to_5' | 'gt_5';

/**
 * Band of an `it_investment_pct` value: `lt_0.1` x < 0.1; `0.1_to_1` 0.1 ≤ x < 1; `1_to_5`
 * 1 ≤ x ≤ 5; `gt_5` x > 5. The report does not say which side its boundaries fall on, so the
 * generated 2018 values keep clear of every boundary (see {@link INVESTMENT_BAND_VALUES}).
 */
export function investmentBand(x: number): InvestmentBand {
	if (x < 0.1) return 'lt_0.1';
	if (x < 1) return '0.1_to_1';
	if (x <= 5) return '1_to_5';
	return 'gt_5';
}

/**
 * Hospitals per investment band in 2018, over all 5470 hospitals (all answer). `lt_0.1` is the
 * remainder, 5470 − 3681 − 1296 − 202 = 291. Ordered from the highest band down.
 */
export const INVESTMENT_BAND_COUNTS_2018: readonly { band: InvestmentBand; count: number }[] = [
	{ band: 'gt_5', count: 202 },
	{ band: '1_to_5', count: 1296 },
	{ band: '0.1_to_1', count: 3681 },
	{ band: 'lt_0.1', count: 291 }
];

/**
 * The value range drawn within each band, in the band's own step (hundredths below 0.1, tenths
 * above): every draw is at least 0.02 from a band boundary.
 */
export const INVESTMENT_BAND_VALUES: Readonly<
	Record<InvestmentBand, { min: number; max: number; decimals: number }>
> = {
	'lt_0.1': { min: 0.02, max: 0.08, decimals: 2 },
	'0.1_to_1': { min: 0.2, max: 0.9, decimals: 1 },
	'1_to_5': { min: 1.2, max: 4.8, decimals: 1 },
	gt_5: { min: 5.5, max: 12, decimals: 1 }
};
