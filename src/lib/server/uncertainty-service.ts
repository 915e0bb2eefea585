/**
 * Method audit and rank uncertainty for a round (DESIGN.md section 5 step 8): both start from each
 * peer group's normalised indicator columns, recomputed from the stored responses.
 */
import {
	rankUncertainty,
	rankUncertaintySteps,
	type GroupStructure,
	type ProvinceProfile,
	type RankInterval
} from '../analysis/sensitivity.ts';
import { correlationMatrix, cronbachAlpha } from '../scoring/audit.ts';
import { DIMENSIONS, type Framework } from '../scoring/framework.ts';
import { DEFAULT_METHOD } from '../scoring/method.ts';
import { NORMALISE_METHODS, type NormaliseMethod } from '../scoring/normalise.ts';
import { kurtosis, skewness } from '../scoring/outliers.ts';
import { createRng } from '../scoring/random.ts';
import { planGroup, type ScoringReport } from '../scoring/score.ts';
import type { RespondentGroup } from '../survey/templates.ts';
import type { HimapDatabase } from './db/connect.ts';
import { DEFAULT_FRAMEWORK } from './framework-store.ts';
import { freshRun, loadGroupColumns } from './score-service.ts';

export const DEFAULT_DRAWS = 1000;
export const DEFAULT_SEED = 20261122;
/**
 * Up to this many respondents each draw re-scores every respondent (exact; about 2 s for the
 * demo's 7,500); above it, province-group mean profiles stand in (fast at any scale, approximate
 * where answers are missing).
 */
export const EXACT_LIMIT = 200_000;

const nullable = (column: Float64Array) => Array.from(column, (v) => (Number.isNaN(v) ? null : v));

export interface UncertaintyInputs {
	framework: Framework;
	structures: Map<RespondentGroup, GroupStructure>;
	profiles: ProvinceProfile[];
}

/**
 * What the simulation works on: each peer group's indicator structure and each province's group
 * profiles (mean normalised indicator scores under every normalisation). Null for an empty round.
 */
export async function uncertaintyInputs(
	database: HimapDatabase,
	year: number,
	framework: Framework = DEFAULT_FRAMEWORK
): Promise<UncertaintyInputs | null> {
	const run = await freshRun(database, year, DEFAULT_METHOD, framework);
	if (!run) return null;
	const groups = await loadGroupColumns(database.db, year, framework);
	const exact = groups.reduce((n, g) => n + g.ids.length, 0) <= EXACT_LIMIT;
	// Respondents the default method flags are out of the roll-up, so out of the simulation too.
	const flagged = new Set(
		(
			await database.db
				.selectFrom('scores')
				.select('response_id')
				.where('run_id', '=', run.id)
				.where('flag', 'is not', null)
				.execute()
		).map((r) => r.response_id)
	);
	const pillarIndex = new Map(framework.dimensions.flatMap((d) => d.pillars).map((p, i) => [p.id, i]));
	const structures = new Map<RespondentGroup, GroupStructure>();
	const profiles = new Map<string, ProvinceProfile>();
	const report: ScoringReport = { outliers: [], weights: {} };
	for (const columns of groups) {
		const { group, ids, regions } = columns;
		const plans = Object.fromEntries(
			NORMALISE_METHODS.map((m) => [
				m,
				planGroup(framework, group, [], [], { ...DEFAULT_METHOD, normalise: m }, report, columns)
			])
		) as Record<NormaliseMethod, ReturnType<typeof planGroup>>;
		const base = plans.goalposts;
		structures.set(group, {
			indicatorWeights: base.weights,
			pillarOf: base.entries.map((e) => pillarIndex.get(e.pillar)!)
		});
		const byProvince = new Map<string, number[]>();
		ids.forEach((id, k) => {
			if (flagged.has(id)) return;
			const province = regions[k].slice(0, 2);
			const list = byProvince.get(province);
			if (list) list.push(k);
			else byProvince.set(province, [k]);
		});
		for (const [province, ks] of byProvince) {
			const units = Object.fromEntries(
				NORMALISE_METHODS.map((m) => [
					m,
					exact
						? ks.map((k) => Float64Array.from(plans[m].columns, (column) => column[k]))
						: [Float64Array.from(plans[m].columns, (column) => meanOf(column, ks))]
				])
			) as Record<NormaliseMethod, Float64Array[]>;
			let profile = profiles.get(province);
			if (!profile) profiles.set(province, (profile = { code: province, groups: [] }));
			profile.groups.push({ group, units });
		}
	}
	const sorted = [...profiles.values()].sort((a, b) => a.code.localeCompare(b.code));
	return { framework, structures, profiles: sorted };
}

/**
 * Each province's median rank and 5–95 % interval over a seeded Monte Carlo of method choices.
 * Yields to the event loop every few draws: on a server this runs between requests.
 */
export async function provinceRankIntervals(
	database: HimapDatabase,
	year: number,
	options: { draws?: number; seed?: number } = {}
): Promise<RankInterval[]> {
	const inputs = await uncertaintyInputs(database, year);
	if (!inputs) return [];
	const steps = rankUncertaintySteps(
		inputs.framework,
		inputs.structures,
		inputs.profiles,
		createRng(options.seed ?? DEFAULT_SEED),
		options.draws ?? DEFAULT_DRAWS
	);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
		if (step.value % 10 === 0) await new Promise((resolve) => setImmediate(resolve));
	}
}

export function simulate(
	{ framework, structures, profiles }: UncertaintyInputs,
	options: { draws?: number; seed?: number } = {}
) {
	return rankUncertainty(
		framework,
		structures,
		profiles,
		createRng(options.seed ?? DEFAULT_SEED),
		options.draws ?? DEFAULT_DRAWS
	);
}

function meanOf(column: Float64Array, ks: number[]): number {
	let sum = 0;
	let n = 0;
	for (const k of ks) {
		const v = column[k];
		if (Number.isNaN(v)) continue;
		sum += v;
		n++;
	}
	return n === 0 ? NaN : sum / n;
}

export interface AuditRow {
	group: RespondentGroup;
	dimension: string;
	measure:
		| 'correlation'
		| 'cronbach_alpha'
		| 'skewness'
		| 'kurtosis'
		| 'outlier_rule_triggered'
		| 'winsorised_points';
	indicator: string;
	indicator_b: string;
	value: number | null;
}

/**
 * The audit under the default method: Pearson correlations between each dimension's indicators and
 * Cronbach's alpha per dimension and group (on normalised scores); for continuous indicators the
 * skewness and kurtosis of the raw values, whether the JRC rule (|skew| > 2 and kurtosis > 3.5)
 * fires, and how many points were winsorised (none under goalposts, which bound values already).
 */
export async function auditRows(
	database: HimapDatabase,
	year: number,
	framework = DEFAULT_FRAMEWORK
): Promise<AuditRow[]> {
	const rows: AuditRow[] = [];
	const report: ScoringReport = { outliers: [], weights: {} };
	const finite = (v: number) => (Number.isFinite(v) ? v : null);
	for (const columns of await loadGroupColumns(database.db, year, framework)) {
		const { group } = columns;
		const plan = planGroup(framework, group, [], [], DEFAULT_METHOD, report, columns);
		for (const dimension of DIMENSIONS) {
			const idx = plan.entries.flatMap((e, i) => (e.dimension === dimension ? [i] : []));
			const normalised = idx.map((i) => nullable(plan.columns[i]));
			const matrix = correlationMatrix(normalised);
			idx.forEach((a, i) =>
				idx.forEach((b, j) => {
					if (j <= i) return;
					rows.push({
						group,
						dimension,
						measure: 'correlation',
						indicator: plan.entries[a].indicator.id,
						indicator_b: plan.entries[b].indicator.id,
						value: finite(matrix[i][j])
					});
				})
			);
			rows.push({
				group,
				dimension,
				measure: 'cronbach_alpha',
				indicator: '',
				indicator_b: '',
				value: idx.length > 1 ? finite(cronbachAlpha(normalised)) : null
			});
			for (const i of idx) {
				const indicator = plan.entries[i].indicator;
				if (indicator.kind !== 'continuous') continue;
				const raw = nullable(columns.raw[i]);
				const skew = skewness(raw);
				const kurt = kurtosis(raw);
				const base = { group, dimension, indicator: indicator.id, indicator_b: '' };
				rows.push({ ...base, measure: 'skewness', value: finite(skew) });
				rows.push({ ...base, measure: 'kurtosis', value: finite(kurt) });
				rows.push({
					...base,
					measure: 'outlier_rule_triggered',
					value: Math.abs(skew) > 2 && kurt > 3.5 ? 1 : 0
				});
				const treated = report.outliers.find((o) => o.group === group && o.indicator === indicator.id);
				rows.push({ ...base, measure: 'winsorised_points', value: treated?.points ?? 0 });
			}
		}
	}
	return rows;
}
