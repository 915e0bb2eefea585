/**
 * `it_investment_pct`, informatization spending as a percent of revenue. In 2018 the hospitals fall
 * into the report's bands in exactly the published numbers (ranked by an investment score over all
 * 5470 hospitals), with every value well inside its band; later rounds grow about 4% a year.
 */
import { rankDescending } from './assign.ts';
import {
	CALIBRATED_YEAR,
	INVESTMENT_BAND_COUNTS_2018,
	INVESTMENT_BAND_VALUES,
	type InvestmentBand
} from './calibration.ts';
import { compound, roundTo, wobble } from './panel.ts';
import { catchUp } from './propensity.ts';
import { normal, uniform } from './random.ts';
import { development, type Respondent } from './respondents.ts';

// Large hospitals spend a little more of their revenue on IT; development matters more.
const GROUP_LEAN: Record<string, number> = { tertiary: 0.3, secondary: 0, other: -0.2 };

const score = (r: Respondent) =>
	development(r, CALIBRATED_YEAR) + (GROUP_LEAN[r.group] ?? 0) + normal('investment', r.seed);

function bandValue(r: Respondent, band: InvestmentBand): number {
	const { min, max, decimals } = INVESTMENT_BAND_VALUES[band];
	// Skewed towards the lower end of the band, as spending shares are.
	const u = uniform('investment-value', r.seed);
	return Math.min(max, Math.max(min, roundTo(min + (max - min) * u * u, decimals)));
}

/**
 * The investment percent of every hospital per round. `cohort` (the 2018 hospitals, all groups)
 * is split into the published bands; later joiners take the band their score would have had.
 */
export function investmentPanel(cohort: readonly Respondent[]): (r: Respondent, year: number) => number {
	const base = new Map<string, number>();
	const floors: { band: InvestmentBand; min: number }[] = [];
	const order = rankDescending(cohort.map(score));
	let at = 0;
	for (const { band, count } of INVESTMENT_BAND_COUNTS_2018) {
		for (const i of order.slice(at, at + count)) base.set(cohort[i].id, bandValue(cohort[i], band));
		at += count;
		floors.push({ band, min: count > 0 ? score(cohort[order[at - 1]]) : Infinity });
	}
	if (at !== cohort.length) throw new Error(`investment bands cover ${at} of ${cohort.length} hospitals`);
	return (r, year) => {
		let b = base.get(r.id);
		if (b === undefined) {
			const s = score(r);
			b = bandValue(r, (floors.find((f) => s >= f.min) ?? floors[floors.length - 1]).band);
		}
		if (year === CALIBRATED_YEAR) return b;
		const v =
			compound(b, 0.04 * catchUp(r.propensity), year - CALIBRATED_YEAR) *
			(1 + 0.05 * wobble(r, 'investment', year));
		return Math.min(100, roundTo(v, v < 0.1 ? 2 : 1));
	};
}
