/**
 * Derived indicators: computed from the answers, never typed in. Each returns undefined when an
 * input it needs is missing, so a missing answer never turns into a zero.
 */

type Answers = Record<string, number | undefined>;

const TECH = ['tech_cloud', 'tech_bigdata', 'tech_iot', 'tech_mobile', 'tech_ai'];
const DATABASES = ['did_built', 'ehrd_built', 'emrd_built'];

const sumOf = (a: Answers, keys: string[]) => {
	let sum = 0;
	for (const k of keys) {
		const v = a[k];
		if (v === undefined) return undefined;
		sum += v;
	}
	return sum;
};

/**
 * Investment band of the 2019 survey report: 0 below 0.1 %, 1 from 0.1 to below 1 %, 2 from 1 to
 * 5 %, 3 above 5 % of annual revenue. @example investmentBand(0.5) === 1
 */
export function investmentBand(pct: number | undefined): number | undefined {
	if (pct === undefined) return undefined;
	return pct < 0.1 ? 0 : pct < 1 ? 1 : pct <= 5 ? 2 : 3;
}

export const DERIVED: Record<string, (a: Answers) => number | undefined> = {
	tech_count: (a) => sumOf(a, TECH),
	databases_built: (a) => sumOf(a, DATABASES),
	investment_band: (a) => investmentBand(a.it_investment_pct)
};

/** The answers each derived indicator is computed from. */
export const DERIVED_INPUTS: Record<string, readonly string[]> = {
	tech_count: TECH,
	databases_built: DATABASES,
	investment_band: ['it_investment_pct']
};

/** The value of an indicator for one respondent: its answer, or its derivation. */
export function indicatorValue(id: string, answers: Answers): number | undefined {
	const derive = DERIVED[id];
	return derive ? derive(answers) : answers[id];
}
