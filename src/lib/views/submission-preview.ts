/**
 * What a clerk sees before a submission is stored (issue #13): a dry run of the real import with a
 * collector watching it (server/preview/). Plain JSON, so it can be kept with a staged upload and
 * sent by the API; every list is capped and the full count kept beside it.
 */
import type { ScoreKey } from '../analysis/rollup.ts';
import type { PlausibilityRule } from '../survey/plausibility.ts';
import type { ColumnType, RespondentGroup, TemplateId } from '../survey/templates.ts';

/** How an answer is shown: a yes/no, a grade, or a number (survey/templates.ts column kinds). */
export type AnswerKind = 'boolean' | 'ordinal' | 'number';

export const answerKindOf = (type: ColumnType): AnswerKind =>
	type.kind === 'boolean' ? 'boolean' : type.kind === 'ordinal' ? 'ordinal' : 'number';

/** A capped list and how many there were in all. */
export interface Capped<T> {
	listed: T[];
	count: number;
}

export interface ChangedCell {
	row: number;
	respondentId: string;
	name: string;
	/** The column as the file names it. */
	column: string;
	kind: AnswerKind;
	/** Null where the answer was (or is now) left empty. */
	before: number | null;
	after: number | null;
}

export type ScoreSet = Record<ScoreKey, number | null>;

export interface RespondentMove {
	row: number;
	respondentId: string;
	name: string;
	group: RespondentGroup;
	/** Null for a respondent with no score in the round's latest run (new to the round). */
	before: ScoreSet | null;
	/** All null when the new answers leave the respondent unscored (too few answered). */
	after: ScoreSet;
}

export type RegionLevel = 'county' | 'city' | 'province';

export interface RegionMove {
	level: RegionLevel;
	/** GB/T 2260 code (a province as its two digits, as the run stores it). */
	code: string;
	name: { zh: string; en: string };
	before: ScoreSet | null;
	after: ScoreSet | null;
}

/** The score moves of one round: held-fixed estimates against its latest run. */
export interface RoundMoves {
	year: number;
	/** `unscored`: the round has no run yet, so there is nothing to move from. */
	state: 'scored' | 'unscored';
	/** When the run the moves start from was computed (ISO 8601); null when unscored. */
	runComputedAt: string | null;
	/** Largest composite moves first, then respondents new to the round. */
	respondents: Capped<RespondentMove>;
	regions: { county: Capped<RegionMove>; city: Capped<RegionMove>; province: Capped<RegionMove> };
}

export interface PreviewWarning {
	rule: PlausibilityRule;
	/** The file's row; null for a respondent missing from the file. */
	row: number | null;
	respondentId: string;
	name: string;
	/** The column as the file names it; null for a missing respondent. */
	column: string | null;
	kind: AnswerKind | null;
	/** The round compared with. */
	previousYear: number;
	previous: number | null;
	current: number | null;
	message: { en: string; 'zh-CN': string };
}

export interface SubmissionPreview {
	template: TemplateId;
	years: number[];
	counts: { rows: number; new: number; superseding: number };
	/** Cells of superseding rows whose value differs from the version they replace. */
	changes: Capped<ChangedCell>;
	scores: RoundMoves[];
	/** Plausibility warnings (they never block); `byRule` counts every one, listed or not. */
	warnings: Capped<PreviewWarning> & { byRule: Record<PlausibilityRule, number> };
}

export const PREVIEW_CAPS = {
	changes: 500,
	respondents: 200,
	counties: 3000,
	cities: 400,
	/** Listed per rule, so answers that go backwards cannot crowd out the missing respondents. */
	warningsPerRule: 200
} as const;
