/**
 * A whole round scored at once, kept as columns: each peer group's respondents with their
 * dimension and composite scores in typed arrays (NaN where flagged), so a million respondents'
 * scores take tens of megabytes rather than a million objects.
 */
import type { RespondentGroup } from '../survey/templates.ts';
import type { GroupColumns } from './columns.ts';
import type { Framework } from './framework.ts';
import type { Method } from './method.ts';
import type { IndicatorTransform } from './indicator-transform.ts';
import { scoreGroupPlanned, type RespondentScore, type ScoringReport } from './score.ts';

export interface ScoredGroup {
	group: RespondentGroup;
	/** Response ids and region codes, as in the group's columns. */
	ids: number[];
	regions: string[];
	governance: Float64Array;
	infrastructure: Float64Array;
	application: Float64Array;
	composite: Float64Array;
	/** 0 where flagged. */
	stage: Uint8Array;
	coverage: Float64Array;
	/** Why respondent k was not scored, or null. */
	flags: (RespondentScore['flag'] | null)[];
}

export interface ScoredRound {
	groups: ScoredGroup[];
	report: ScoringReport;
	/** Per group and indicator, how its normalised values were made (stored with the run). */
	transforms: IndicatorTransform[];
	respondents: number;
	flagged: number;
}

export function scoreRound(
	framework: Framework,
	columns: readonly GroupColumns[],
	method: Method
): ScoredRound {
	const report: ScoringReport = { outliers: [], weights: {} };
	let flagged = 0;
	const transforms: IndicatorTransform[] = [];
	// One group at a time: its normalised columns (a hundred megabytes for half a million
	// hospitals) are garbage before the next group's are made.
	const groups = columns.map((g): ScoredGroup => {
		const { plan, score: scorer } = scoreGroupPlanned(framework, g.group, g, method, report);
		transforms.push(...plan.transforms);
		const n = g.ids.length;
		const out: ScoredGroup = {
			group: g.group,
			ids: g.ids,
			regions: g.regions,
			governance: new Float64Array(n),
			infrastructure: new Float64Array(n),
			application: new Float64Array(n),
			composite: new Float64Array(n),
			stage: new Uint8Array(n),
			coverage: new Float64Array(n),
			flags: new Array(n).fill(null)
		};
		for (let k = 0; k < n; k++) {
			const s = scorer(k);
			out.governance[k] = s.governance ?? NaN;
			out.infrastructure[k] = s.infrastructure ?? NaN;
			out.application[k] = s.application ?? NaN;
			out.composite[k] = s.composite ?? NaN;
			out.stage[k] = s.stage ?? 0;
			out.coverage[k] = s.coverage;
			out.flags[k] = s.flag;
			if (s.flag) flagged++;
		}
		return out;
	});
	return { groups, report, transforms, respondents: groups.reduce((n, g) => n + g.ids.length, 0), flagged };
}

/** Respondent k of a scored group as the scores table stores it (nulls where flagged). */
export function scoreOf(g: ScoredGroup, k: number): RespondentScore {
	const flag = g.flags[k];
	const value = (column: Float64Array) => (flag ? null : column[k]);
	return {
		governance: value(g.governance),
		infrastructure: value(g.infrastructure),
		application: value(g.application),
		composite: value(g.composite),
		stage: flag ? null : g.stage[k],
		coverage: g.coverage[k],
		flag
	};
}
