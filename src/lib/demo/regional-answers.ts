/**
 * Answers of the health commissions (regional template) for every round. 2018 booleans hit the
 * published counts exactly (top-k by score); `it_staff` and the bachelor share hit their published
 * figures via staff.ts and percents.ts; the rest is plausible and correlated with development.
 */
import { REGIONAL, REGIONAL_GROUPS } from '../survey/templates.ts';
import { CALIBRATED_YEAR, NO_ADVANCED_TECH_2018, YES_COUNTS_2018 } from './calibration.ts';
import {
	blankAnswers,
	booleanScore,
	evolveBoolean,
	gradePanel,
	isBlank,
	presentByYear,
	roundTo,
	TECHS,
	topIds,
	towardsFull,
	wobble,
	type AnswerRow
} from './panel.ts';
import { percentPanel } from './percents.ts';
import { catchUp } from './propensity.ts';
import { normal, uniform } from './random.ts';
import { development, type Respondent } from './respondents.ts';
import { staffPanel } from './staff.ts';
import { GRADE_DRIFT, GRADE_SHARES_2018, TECH_MIX_2018 } from './trajectory.ts';

// Noise of each boolean's score relative to development: platforms follow development closely,
// security paperwork less so.
const NOISE: Record<string, number> = {
	platform_built: 0.6,
	did_built: 0.9,
	ehrd_built: 0.8,
	emrd_built: 0.7,
	security_system: 1.0,
	mlps_evaluated: 0.8,
	tech_any: 0.7
};
const TECH_NOISE = 0.9;
const CALIBRATED = [
	'platform_built',
	'did_built',
	'ehrd_built',
	'emrd_built',
	'security_system',
	'mlps_evaluated'
];

type Level = (typeof REGIONAL_GROUPS)[number];

/** Answers of every commission in every round it takes part in, grouped by round. */
export function regionalAnswers(commissions: readonly Respondent[]): Map<number, AnswerRow[]> {
	const byYear = new Map<number, AnswerRow[]>();
	for (const group of REGIONAL_GROUPS) {
		const present = presentByYear(commissions.filter((r) => r.group === group));
		const cohort = present.get(CALIBRATED_YEAR)!;
		const yes = new Map<string, Map<number, Set<string>>>();
		const counts = YES_COUNTS_2018[group]!;
		for (const col of CALIBRATED) {
			const initial = topIds(cohort, counts[col], (r) => booleanScore(r, CALIBRATED_YEAR, col, NOISE[col]));
			yes.set(col, evolveBoolean(present, initial, col, NOISE[col]));
		}
		const tech = techs2018(group, cohort);
		for (const t of TECHS) yes.set(t, evolveBoolean(present, tech[t], t, TECH_NOISE));

		const staff = staffPanel(group, cohort);
		const bachelorAnswering = cohort.filter(
			(r) => staff(r, CALIBRATED_YEAR) > 0 && !isBlank(r, 'it_staff_bachelor_pct', CALIBRATED_YEAR)
		);
		const bachelor = percentPanel(group, 'it_staff_bachelor_pct', BACHELOR[group], bachelorAnswering);
		const interop = gradePanel(
			cohort,
			'interop_level',
			GRADE_SHARES_2018.interop_level[group]!,
			GRADE_DRIFT.interop_level,
			7
		);

		for (const [year, rows] of present) {
			const list = byYear.get(year) ?? [];
			const yesCols = [...yes.keys()];
			const yesNow = yesCols.map((col) => yes.get(col)!.get(year)!);
			for (const r of rows) {
				const a = blankAnswers(REGIONAL);
				for (let j = 0; j < yesCols.length; j++) a[yesCols[j]] = yesNow[j].has(r.id);
				const n = staff(r, year);
				a.it_staff = n;
				a.it_staff_bachelor_pct =
					n > 0 && !isBlank(r, 'it_staff_bachelor_pct', year) ? bachelor(r, year) : null;
				a.institutions_connected_pct = isBlank(r, 'institutions_connected_pct', year)
					? null
					: connected(r, year, a.platform_built === true);
				a.telemedicine_coverage_pct = isBlank(r, 'telemedicine_coverage_pct', year)
					? null
					: telemedicine(r, year);
				a.interop_level = isBlank(r, 'interop_level', year, 0.04) ? null : interop(r, year);
				list.push({ respondent: r, year, answers: a });
			}
			byYear.set(year, list);
		}
	}
	return byYear;
}

const BACHELOR: Record<Level, Parameters<typeof percentPanel>[2]> = {
	provincial: { mean: 889, spread: 50, lo: 600, hi: 1000, growth: { kind: 'gap', rate: 0.06 } },
	municipal: { mean: 838, spread: 80, lo: 400, hi: 1000, growth: { kind: 'gap', rate: 0.06 } },
	county: { mean: 516, spread: 160, lo: 0, hi: 1000, growth: { kind: 'gap', rate: 0.05 } }
};

/**
 * 2018 technology sets. Provincial counts are published per technology; below province level
 * only the share applying none is, so adopters are chosen first and the mix filled in after.
 */
function techs2018(group: Level, cohort: readonly Respondent[]): Record<string, Set<string>> {
	const score = (col: string, noise: number) => (r: Respondent) =>
		booleanScore(r, CALIBRATED_YEAR, col, noise);
	if (group === 'provincial') {
		const counts = YES_COUNTS_2018.provincial!;
		return Object.fromEntries(TECHS.map((t) => [t, topIds(cohort, counts[t], score(t, TECH_NOISE))]));
	}
	const adopters = topIds(
		cohort,
		cohort.length - NO_ADVANCED_TECH_2018[group]!,
		score('tech_any', NOISE.tech_any)
	);
	const adopting = cohort.filter((r) => adopters.has(r.id));
	const sets = Object.fromEntries(
		TECHS.map((t) => [
			t,
			topIds(adopting, Math.round(TECH_MIX_2018[group][t] * adopting.length), score(t, TECH_NOISE))
		])
	);
	// An adopter by definition applies something: those the mix left empty-handed get mobile or cloud.
	for (const r of adopting) {
		if (TECHS.some((t) => sets[t].has(r.id))) continue;
		sets[uniform('first-tech', r.seed) < 0.6 ? 'tech_mobile' : 'tech_cloud'].add(r.id);
	}
	return sets;
}

// Institutions connected: high where a platform exists, a trickle (via higher-level platforms) where not.
function connected(r: Respondent, year: number, platform: boolean): number {
	const t = year - CALIBRATED_YEAR;
	const z = normal('connected', r.seed);
	if (!platform) return roundTo(Math.min(30, Math.max(0, 8 + 5 * z + 1.5 * t)), 1);
	const base = Math.min(95, Math.max(15, 55 + 12 * development(r, CALIBRATED_YEAR) + 12 * z));
	return towardsFull(base, 0.08 * catchUp(r.propensity), t, 1.5 * wobble(r, 'connected', year));
}

function telemedicine(r: Respondent, year: number): number {
	const base = Math.min(
		95,
		Math.max(0, 38 + 14 * development(r, CALIBRATED_YEAR) + 14 * normal('telemed', r.seed))
	);
	return towardsFull(
		base,
		0.09 * catchUp(r.propensity),
		year - CALIBRATED_YEAR,
		2 * wobble(r, 'telemed', year)
	);
}
