/**
 * Answers of the hospitals (hospital template) for every round. 2018 hits the published counts
 * (mobile internet, AI, security, protection evaluation), staff figures, workforce percents and
 * investment bands exactly; the other columns are plausible and correlated with development.
 */
import { HOSPITAL, HOSPITAL_GROUPS } from '../survey/templates.ts';
import { CALIBRATED_YEAR, YES_COUNTS_2018 } from './calibration.ts';
import { investmentPanel } from './investment.ts';
import {
	blankAnswers,
	booleanScore,
	evolveBoolean,
	gradePanel,
	isBlank,
	presentByYear,
	TECHS,
	topIds,
	type AnswerRow
} from './panel.ts';
import { percentPanel, type PercentShape } from './percents.ts';
import { isPresent, type Respondent } from './respondents.ts';
import { staffPanel } from './staff.ts';
import { GRADE_DRIFT, GRADE_SHARES_2018, HOSPITAL_SHARES_2018 } from './trajectory.ts';

type Grade = (typeof HOSPITAL_GROUPS)[number];

// Score noise per boolean: platforms and data centres follow development closely; connection to a
// regional platform, telemedicine and internet hospitals depend more on local policy.
const NOISE: Record<string, number> = {
	security_system: 0.9,
	mlps_evaluated: 0.8,
	hospital_platform: 0.6,
	clinical_data_center: 0.6,
	regional_connected: 1.0,
	tech_cloud: 0.8,
	tech_bigdata: 0.8,
	tech_iot: 0.9,
	tech_mobile: 0.8,
	tech_ai: 0.8,
	internet_hospital: 1.0,
	telemedicine: 1.0
};

const gap = (rate: number) => ({ kind: 'gap', rate }) as const;
const grow = (rate: number) => ({ kind: 'compound', rate }) as const;

// Draws in tenths of a percent. Calibrated means (calibration.ts) override the draw's level;
// secondary and other bachelor shares are not published and follow the draw.
const SHAPES: Record<Grade, Record<string, PercentShape>> = {
	tertiary: {
		it_staff_bachelor_pct: { mean: 675, spread: 130, lo: 200, hi: 1000, growth: gap(0.04) },
		it_staff_master_pct: { mean: 143, spread: 70, lo: 0, hi: 600, growth: grow(0.06) },
		it_staff_cs_pct: { mean: 851, spread: 90, lo: 400, hi: 1000, growth: gap(0.03) },
		it_staff_senior_pct: { mean: 80, spread: 0, lo: 0, hi: 400, sparse: 0.25, growth: grow(0.05) }
	},
	secondary: {
		it_staff_bachelor_pct: { mean: 420, spread: 180, lo: 0, hi: 1000, growth: gap(0.04) },
		it_staff_master_pct: { mean: 190, spread: 0, lo: 0, hi: 600, sparse: 0.12, growth: grow(0.06) },
		it_staff_cs_pct: { mean: 491, spread: 200, lo: 0, hi: 1000, growth: gap(0.03) },
		it_staff_senior_pct: { mean: 127, spread: 0, lo: 0, hi: 500, sparse: 0.15, growth: grow(0.05) }
	},
	other: {
		it_staff_bachelor_pct: { mean: 350, spread: 180, lo: 0, hi: 1000, growth: gap(0.04) },
		it_staff_master_pct: { mean: 140, spread: 0, lo: 0, hi: 600, sparse: 0.05, growth: grow(0.06) },
		it_staff_cs_pct: { mean: 265, spread: 180, lo: 0, hi: 1000, growth: gap(0.03) },
		it_staff_senior_pct: { mean: 120, spread: 0, lo: 0, hi: 500, sparse: 0.05, growth: grow(0.05) }
	}
};
const WORKFORCE = ['it_staff_bachelor_pct', 'it_staff_master_pct', 'it_staff_cs_pct', 'it_staff_senior_pct'];
const BOOLEANS = [
	'security_system',
	'mlps_evaluated',
	'hospital_platform',
	'clinical_data_center',
	'regional_connected',
	...TECHS,
	'internet_hospital',
	'telemedicine'
];

/** Answers of every hospital in every round it takes part in, grouped by round. */
export function hospitalAnswers(hospitals: readonly Respondent[]): Map<number, AnswerRow[]> {
	const byYear = new Map<number, AnswerRow[]>();
	const investment = investmentPanel(hospitals.filter((r) => isPresent(r, CALIBRATED_YEAR)));
	for (const group of HOSPITAL_GROUPS) {
		const present = presentByYear(hospitals.filter((r) => r.group === group));
		const cohort = present.get(CALIBRATED_YEAR)!;
		const yes = new Map<string, Map<number, Set<string>>>();
		for (const col of BOOLEANS) {
			const k = YES_COUNTS_2018[group]?.[col] ?? Math.round(HOSPITAL_SHARES_2018[group][col] * cohort.length);
			const initial = topIds(cohort, k, (r) => booleanScore(r, CALIBRATED_YEAR, col, NOISE[col]));
			yes.set(col, evolveBoolean(present, initial, col, NOISE[col]));
		}
		const staff = staffPanel(group, cohort);
		const answering = (col: string) =>
			cohort.filter((r) => staff(r, CALIBRATED_YEAR) > 0 && !isBlank(r, col, CALIBRATED_YEAR));
		const percent: Record<string, (r: Respondent, year: number) => number> = {};
		percent.it_staff_bachelor_pct = percentPanel(
			group,
			'it_staff_bachelor_pct',
			SHAPES[group].it_staff_bachelor_pct,
			answering('it_staff_bachelor_pct')
		);
		// The report's master's share is a subset of the bachelor's share: cap it where both exist.
		const bachelorCap = (r: Respondent) =>
			isBlank(r, 'it_staff_bachelor_pct', CALIBRATED_YEAR)
				? 1000
				: Math.round(percent.it_staff_bachelor_pct(r, CALIBRATED_YEAR) * 10);
		percent.it_staff_master_pct = percentPanel(
			group,
			'it_staff_master_pct',
			SHAPES[group].it_staff_master_pct,
			answering('it_staff_master_pct'),
			group === 'tertiary' ? bachelorCap : undefined
		);
		for (const col of ['it_staff_cs_pct', 'it_staff_senior_pct'])
			percent[col] = percentPanel(group, col, SHAPES[group][col], answering(col));
		const grade = {
			interop_level: gradePanel(
				cohort,
				'interop_level',
				GRADE_SHARES_2018.interop_level[group]!,
				GRADE_DRIFT.interop_level,
				7
			),
			emr_level: gradePanel(
				cohort,
				'emr_level',
				GRADE_SHARES_2018.emr_level[group]!,
				GRADE_DRIFT.emr_level,
				8
			),
			smart_service_level: gradePanel(
				cohort,
				'smart_service_level',
				GRADE_SHARES_2018.smart_service_level[group]!,
				GRADE_DRIFT.smart_service_level,
				5
			)
		};

		for (const [year, rows] of present) {
			const list = byYear.get(year) ?? [];
			const yesCols = [...yes.keys()];
			const yesNow = yesCols.map((col) => yes.get(col)!.get(year)!);
			for (const r of rows) {
				const a = blankAnswers(HOSPITAL);
				const n = staff(r, year);
				a.it_staff = n;
				for (const col of WORKFORCE) a[col] = n > 0 && !isBlank(r, col, year) ? percent[col](r, year) : null;
				const master = a.it_staff_master_pct;
				const bachelor = a.it_staff_bachelor_pct;
				// Where both are given, a master's degree implies a bachelor's: lift the bachelor share.
				if (typeof master === 'number' && typeof bachelor === 'number' && master > bachelor)
					a.it_staff_bachelor_pct = master;
				a.it_investment_pct =
					year !== CALIBRATED_YEAR && isBlank(r, 'it_investment_pct', year) ? null : investment(r, year);
				for (let j = 0; j < yesCols.length; j++) a[yesCols[j]] = yesNow[j].has(r.id);
				a.interop_level = isBlank(r, 'interop_level', year, 0.04) ? null : grade.interop_level(r, year);
				a.emr_level = grade.emr_level(r, year);
				a.smart_service_level = isBlank(r, 'smart_service_level', year, 0.08)
					? null
					: grade.smart_service_level(r, year);
				list.push({ respondent: r, year, answers: a });
			}
			byYear.set(year, list);
		}
	}
	return byYear;
}
