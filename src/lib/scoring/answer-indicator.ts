/**
 * Which framework indicator a survey answer feeds, directly or through a derived indicator
 * (`tech_ai` feeds `tech_count`): how the dashboard files each yes/no rate under its dimension.
 */
import { DERIVED_INPUTS } from './derive.ts';
import type { DimensionId, Framework } from './framework.ts';

export interface AnswerPlace {
	dimension: DimensionId;
	pillar: string;
	indicator: string;
}

/** Null for an answer no indicator uses (it is still stored and exported). */
export function placeOfAnswer(framework: Framework, column: string): AnswerPlace | null {
	for (const d of framework.dimensions) {
		for (const p of d.pillars) {
			for (const i of p.indicators) {
				if (i.id === column || DERIVED_INPUTS[i.id]?.includes(column)) {
					return { dimension: d.id, pillar: p.id, indicator: i.id };
				}
			}
		}
	}
	return null;
}
