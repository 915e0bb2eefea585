/**
 * What the rank-uncertainty simulation (sensitivity.ts) works on, from a round's indicator columns:
 * each peer group's indicator structure, and each province's units under every normalisation.
 */
import { DEFAULT_METHOD } from '../scoring/method.ts';
import type { GroupColumns } from '../scoring/columns.ts';
import type { Framework } from '../scoring/framework.ts';
import { NORMALISE_METHODS, type NormaliseMethod } from '../scoring/normalise.ts';
import { normaliseEntry, planGroup, type ScoringReport } from '../scoring/score.ts';
import type { RespondentGroup } from '../survey/templates.ts';
import type { GroupStructure, ProvinceProfile } from './sensitivity.ts';

/**
 * Up to this many respondents each draw re-scores every respondent (exact; about 2 s for the
 * demo's 7,500); above it, province-group mean profiles stand in (fast at any scale, approximate
 * where answers are missing).
 */
export const EXACT_LIMIT = 200_000;

export interface UncertaintyInputs {
	framework: Framework;
	structures: Map<RespondentGroup, GroupStructure>;
	profiles: ProvinceProfile[];
}

/**
 * Each peer group's indicator structure and each province's group profiles (normalised indicator
 * scores under every normalisation), leaving out the respondents the default method flagged: they
 * are out of the roll-up, so out of the simulation too. `flagged(g, k)` tells whether respondent k
 * of groups[g] was flagged.
 */
export function uncertaintyInputs(
	framework: Framework,
	groups: readonly GroupColumns[],
	flagged: (group: number, k: number) => boolean
): UncertaintyInputs {
	const exact = groups.reduce((n, g) => n + g.ids.length, 0) <= EXACT_LIMIT;
	const pillarIndex = new Map(framework.dimensions.flatMap((d) => d.pillars).map((p, i) => [p.id, i]));
	const structures = new Map<RespondentGroup, GroupStructure>();
	const profiles = new Map<string, ProvinceProfile>();
	const report: ScoringReport = { outliers: [], weights: {} };
	groups.forEach((columns, g) => {
		const { group, regions, entries } = columns;
		structures.set(group, {
			indicatorWeights: entries.map((e) => e.indicator.weight),
			pillarOf: entries.map((e) => pillarIndex.get(e.pillar)!)
		});
		const byProvince = new Map<string, number[]>();
		for (let k = 0; k < regions.length; k++) {
			if (flagged(g, k)) continue;
			const province = regions[k].slice(0, 2);
			const list = byProvince.get(province);
			if (list) list.push(k);
			else byProvince.set(province, [k]);
		}
		const units = new Map<string, Record<NormaliseMethod, Float64Array[]>>();
		for (const province of byProvince.keys())
			units.set(province, {} as Record<NormaliseMethod, Float64Array[]>);
		for (const m of NORMALISE_METHODS) {
			const method = { ...DEFAULT_METHOD, normalise: m };
			if (exact) {
				// Every respondent is a unit: all of a group's normalised columns at once.
				const plan = planGroup(framework, group, [], [], method, report, columns);
				for (const [province, ks] of byProvince)
					units.get(province)![m] = ks.map((k) => Float64Array.from(plan.columns, (column) => column[k]));
				continue;
			}
			// One unit per province holding the group's means, filled one normalised column at a
			// time: a million respondents' columns under four normalisations would not fit.
			const means = new Map([...byProvince.keys()].map((p) => [p, new Float64Array(entries.length)]));
			entries.forEach((entry, e) => {
				const column = normaliseEntry(group, entry, columns.raw[e], method, report);
				for (const [province, ks] of byProvince) means.get(province)![e] = meanOf(column, ks);
			});
			for (const [province, mean] of means) units.get(province)![m] = [mean];
		}
		for (const [province, u] of units) {
			let profile = profiles.get(province);
			if (!profile) profiles.set(province, (profile = { code: province, groups: [] }));
			profile.groups.push({ group, units: u });
		}
	});
	const sorted = [...profiles.values()].sort((a, b) => a.code.localeCompare(b.code));
	return { framework, structures, profiles: sorted };
}

/** Mean of column[k] over ks, skipping missing values; NaN when none is present. */
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
