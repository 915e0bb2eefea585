/**
 * The uncalibrated side of the demo: plausible 2018 levels for indicators the report gives no figure
 * for, and how every indicator grows from 2019 to 2024. Nothing here is a published statistic.
 */
import type { RespondentGroup } from '../survey/templates.ts';

/** 2018 share of `yes` for hospital booleans the report does not quantify. */
export const HOSPITAL_SHARES_2018: Readonly<
	Record<'tertiary' | 'secondary' | 'other', Readonly<Record<string, number>>>
> = {
	tertiary: {
		hospital_platform: 0.55,
		clinical_data_center: 0.3,
		regional_connected: 0.62,
		tech_cloud: 0.36,
		tech_bigdata: 0.3,
		tech_iot: 0.15,
		internet_hospital: 0.08,
		telemedicine: 0.82
	},
	secondary: {
		hospital_platform: 0.2,
		clinical_data_center: 0.07,
		regional_connected: 0.5,
		tech_cloud: 0.14,
		tech_bigdata: 0.07,
		tech_iot: 0.04,
		internet_hospital: 0.02,
		telemedicine: 0.55
	},
	other: {
		hospital_platform: 0.12,
		clinical_data_center: 0.04,
		regional_connected: 0.3,
		tech_cloud: 0.15,
		tech_bigdata: 0.05,
		tech_iot: 0.03,
		internet_hospital: 0.04,
		telemedicine: 0.2
	}
};

/**
 * Among municipal and county commissions that apply at least one technology, the share applying
 * each. The report only gives the share applying none (calibrated), so this fills in the mix.
 */
export const TECH_MIX_2018: Readonly<Record<'municipal' | 'county', Readonly<Record<string, number>>>> = {
	municipal: {
		tech_cloud: 0.6,
		tech_bigdata: 0.45,
		tech_iot: 0.16,
		tech_mobile: 0.7,
		tech_ai: 0.06
	},
	county: { tech_cloud: 0.52, tech_bigdata: 0.3, tech_iot: 0.12, tech_mobile: 0.66, tech_ai: 0.03 }
};

/**
 * Yearly growth of each boolean's national share, as a step on the logit scale (0.3 takes 20% to
 * about 25% in a year, 50% to 57%). AI and IoT rise fastest; internet hospitals boomed after 2020.
 */
export const LOGIT_GROWTH: Readonly<Record<string, number>> = {
	platform_built: 0.32,
	did_built: 0.25,
	ehrd_built: 0.28,
	emrd_built: 0.33,
	security_system: 0.3,
	mlps_evaluated: 0.33,
	tech_cloud: 0.32,
	tech_bigdata: 0.36,
	tech_iot: 0.45,
	tech_mobile: 0.3,
	tech_ai: 0.48,
	hospital_platform: 0.3,
	clinical_data_center: 0.32,
	regional_connected: 0.3,
	internet_hospital: 0.42,
	telemedicine: 0.3
};

/**
 * The share after one year of growth. Shares of 0 or 1 stay put only at exactly 0 or 1, which
 * never happens for a growing indicator in practice (a 100% share stays 100%).
 *
 * @example growShare(0.5, 0.3) // 0.574
 */
export function growShare(share: number, logitStep: number): number {
	if (share >= 1) return 1;
	const p = Math.max(share, 0.002);
	const logit = Math.log(p / (1 - p)) + logitStep;
	return 1 / (1 + Math.exp(-logit));
}

/**
 * 2018 distribution of graded columns per group: share of respondents at each ordinal, from 0 up.
 * `interop_level` ordinals are 0 (not assessed), 1, 2, 3, 4B, 4A, 5B, 5A; assessments start at 3
 * in practice, so 1 and 2 stay empty.
 */
export const GRADE_SHARES_2018: Readonly<
	Record<string, Partial<Record<RespondentGroup, readonly number[]>>>
> = {
	interop_level: {
		provincial: [0.45, 0, 0, 0.15, 0.25, 0.15],
		municipal: [0.78, 0, 0, 0.1, 0.08, 0.04],
		county: [0.94, 0, 0, 0.045, 0.015],
		tertiary: [0.87, 0, 0, 0.03, 0.06, 0.035, 0.005],
		secondary: [0.985, 0, 0, 0.006, 0.009],
		other: [0.995, 0, 0, 0, 0.005]
	},
	emr_level: {
		tertiary: [0.02, 0.05, 0.2, 0.38, 0.24, 0.08, 0.025, 0.005],
		secondary: [0.08, 0.25, 0.37, 0.22, 0.07, 0.01],
		other: [0.3, 0.32, 0.24, 0.11, 0.03]
	},
	smart_service_level: {
		tertiary: [0.4, 0.35, 0.18, 0.06, 0.01],
		secondary: [0.7, 0.22, 0.07, 0.01],
		other: [0.82, 0.14, 0.04]
	}
};

/**
 * Yearly drift of the latent score behind a graded column, in standard deviations; a respondent's
 * grade never falls because the cut-points stay those of 2018.
 */
export const GRADE_DRIFT: Readonly<Record<string, number>> = {
	interop_level: 0.22,
	emr_level: 0.3,
	smart_service_level: 0.3
};

/** Share of optional cells left blank (missing), per round; 2018 keeps `it_investment_pct` complete. */
export const BLANK_RATE = 0.05;

/** Respondents joining in each round after 2018, per group (new codes, new hospitals). */
export const JOINERS_PER_YEAR: Readonly<Record<RespondentGroup, number>> = {
	provincial: 0,
	municipal: 4,
	county: 25,
	tertiary: 20,
	secondary: 45,
	other: 15
};

/** Chance that a respondent present in one round is absent from the next and all later ones. */
export const DROPOUT_RATE: Readonly<Record<RespondentGroup, number>> = {
	provincial: 0,
	municipal: 0.005,
	county: 0.006,
	tertiary: 0.004,
	secondary: 0.008,
	other: 0.02
};
