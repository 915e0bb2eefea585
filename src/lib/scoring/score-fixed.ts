/**
 * Scores a few respondents on their own, with everything else about the round held fixed: what
 * the preview of an import (issue #13) shows before the round is scored again. Under a method whose
 * normalisation uses only the framework's goalposts and whose weights are the framework's, a
 * respondent's scores depend on its own answers alone, so this is exactly what scoring the whole
 * round would give it; under a data-scaled method (min–max, z-score, rank, data-driven weights or
 * winsorisation bounds set by the data) it would not be, and `holdsFixed` says so.
 */
import type { RespondentGroup } from '../survey/templates.ts';
import { ColumnsBuilder } from './columns.ts';
import type { Framework } from './framework.ts';
import type { Method } from './method.ts';
import { scoreOf, scoreRound } from './score-round.ts';
import type { RespondentScore } from './score.ts';

/** Whether a respondent's scores under the method depend on its own answers only. */
export const holdsFixed = (method: Method): boolean =>
	method.normalise === 'goalposts' && method.weights === 'framework';

/**
 * Each row's scores, in row order, through the same scoreRound as a full run (one small group of
 * columns per batch, so memory follows the batch, not the round).
 */
export function scoreFixed(
	framework: Framework,
	method: Method,
	rows: readonly { group: RespondentGroup; regionCode: string; answers: Record<string, number> }[]
): RespondentScore[] {
	if (!holdsFixed(method))
		throw new Error(
			`method ${method.normalise}/${method.weights} scales by the data; a respondent cannot be scored alone`
		);
	const builder = new ColumnsBuilder(framework);
	rows.forEach((r, i) => builder.add(i, r.regionCode, r.group, r.answers));
	const out = new Array<RespondentScore>(rows.length);
	for (const g of scoreRound(framework, builder.build(), method).groups)
		for (let k = 0; k < g.ids.length; k++) out[g.ids[k]] = scoreOf(g, k);
	return out;
}
