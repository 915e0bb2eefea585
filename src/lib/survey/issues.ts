/** How many errors (and, separately, warnings) a report lists; the rest are counted. */
export const MAX_REPORTED_ISSUES = 200;

/**
 * What kind of problem an issue is, stable across releases and languages: the views render an
 * issue in the clerk's language from its code and params (views/issue-text.ts), and group
 * repeats of one mistake by it (issue-groups.ts). The English `message` stays what the command
 * line prints.
 */
export const ISSUE_CODES = [
	// A cell's value (values.ts)
	'not-boolean',
	'not-percent',
	'percent-over-100',
	'not-integer',
	'integer-out-of-range',
	'unknown-grade',
	'not-allowed-choice',
	'text-too-long',
	'text-not-allowed',
	'not-region-code',
	// A row (validator.ts)
	'field-count',
	'missing-required',
	'not-text',
	'control-character',
	'repeated-header',
	'text-over-limit',
	'unknown-region',
	'region-level-mismatch',
	'master-above-bachelor',
	'duplicate-respondent',
	// The header (header.ts)
	'wrong-delimiter',
	'unknown-template',
	'duplicate-column',
	'missing-column',
	'empty-header',
	'unknown-column',
	// Reading the file (encoding.ts, record-guard.ts via server/survey-file.ts)
	'utf16-file',
	'binary-file',
	'xlsx-unreadable',
	'xlsx-locked',
	'record-too-long',
	'unclosed-quote-long',
	'value-too-long',
	'unclosed-quote',
	'invalid-quote',
	// Against what is stored (identity.ts, server/file-import.ts)
	'identity-other-survey',
	'identity-changed',
	'approved-locked',
	'empty-file',
	'no-data-rows'
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];

/** The values an issue's message is built from (numbers and short texts), by name. */
export type IssueParams = Record<string, string | number>;

/** A problem found in a survey file: where it is, what was there, and what to do about it. */
export interface SurveyIssue {
	/** 1-based record number, the header being row 1; null for a problem with the whole file. */
	row: number | null;
	/** The column as the file names it; null when the problem is not in one column. */
	column: string | null;
	value: string | null;
	/** In English, as the command line prints it. */
	message: string;
	/** Absent only for a problem worded elsewhere (a parser's own message, an access refusal): its message is all there is. */
	code?: IssueCode;
	params?: IssueParams;
}

/** The CLI's one-line form: `row <n>, column <name>: <message>` (docs/contracts.md, Command line). */
export function formatIssue(issue: SurveyIssue): string {
	const where =
		issue.row === null
			? 'file'
			: issue.column === null
				? `row ${issue.row}`
				: `row ${issue.row}, column ${issue.column}`;
	return `${where}: ${issue.message}`;
}

/**
 * Invisible characters that change how text shows or behaves: C0 and C1 controls (but tab and the
 * line breaks a quoted name may hold), DEL, and the bidirectional marks, embeddings, overrides and
 * isolates that can make "ABC" display as "CBA" (U+202E). Pasted in from other programs, never typed.
 */
export const CONTROL =
	// eslint-disable-next-line no-control-regex
	/[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');

/**
 * Quotes a cell value for a message, shortened so a 50 MB cell does not become a 50 MB message,
 * with control and bidirectional characters escaped (\u202e) so the message shows as written.
 */
export function quoteValue(value: string): string {
	const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
	return JSON.stringify(shown).replace(
		CONTROLS,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
}
