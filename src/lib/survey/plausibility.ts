/**
 * Plausibility across rounds (issue #13): an answer compared with the same respondent's answer in
 * the round before. These rules warn and never block — a hospital may really have switched a
 * platform off, or doubled its staff — so the clerk sees them before confirming, and the reviewer
 * after. The jump factor comes from the framework (`plausibility.jumpFactor`).
 */
import type { Column, ColumnType } from './templates.ts';

/** `backwards`: a yes turned no, or a lower grade; `jump`: a number moved beyond the factor; `missing`: a respondent of the round before is absent. */
export type PlausibilityRule = 'backwards' | 'jump' | 'missing';
export const PLAUSIBILITY_RULES: readonly PlausibilityRule[] = ['backwards', 'jump', 'missing'];

export interface AnswerWarning {
	rule: Exclude<PlausibilityRule, 'missing'>;
	/** The template's name for the column. */
	column: string;
	previous: number;
	current: number;
}

/**
 * The rule one answer breaks, if any. Yes/no (1/0): yes before, no now. Ordinal (the
 * interoperability grade, 0–7): lower than before. Integer and percent: now more than `factor`
 * times before, or less than before divided by it — only when both are above zero, since a factor
 * from zero says nothing (a first IT post is not a jump). Other kinds and missing answers: none.
 */
export function answerRule(
	type: ColumnType,
	previous: number | undefined,
	current: number | undefined,
	factor: number
): AnswerWarning['rule'] | null {
	if (previous === undefined || current === undefined) return null;
	switch (type.kind) {
		case 'boolean':
			return previous === 1 && current === 0 ? 'backwards' : null;
		case 'ordinal':
			return current < previous ? 'backwards' : null;
		case 'integer':
		case 'percent':
			if (previous <= 0 || current <= 0) return null;
			return current > previous * factor || current * factor < previous ? 'jump' : null;
		default:
			return null;
	}
}

/** Every answer of one respondent that breaks a rule against its answers of the round before. */
export function answerWarnings(
	columns: readonly Column[],
	previous: Readonly<Record<string, number>>,
	current: Readonly<Record<string, number>>,
	factor: number
): AnswerWarning[] {
	const out: AnswerWarning[] = [];
	for (const c of columns) {
		if (c.role !== 'answer') continue;
		const rule = answerRule(c.type, previous[c.name], current[c.name], factor);
		if (rule) out.push({ rule, column: c.name, previous: previous[c.name], current: current[c.name] });
	}
	return out;
}
