/**
 * What the clerk sees of a file's errors (issue #13, errors a clerk can fix): one line per
 * mistake — its rows, the column as the file names it, the value, how many times, what to do —
 * in the clerk's language. The page (components/IssueReport.svelte) and the CSV download
 * (server/error-report.ts) both draw this.
 */
import { format } from '../i18n/format.ts';
import type { Locale } from '../i18n/messages.ts';
import { formatRows, groupIssues, type IssueGroup } from '../survey/issue-groups.ts';
import type { SurveyIssue } from '../survey/issues.ts';
import { ISSUE_WORDS, issueText } from './issue-text.ts';

/** A stored outcome of a file with errors (the import result, as kept for an upload). */
export interface ErrorOutcome {
	errors: SurveyIssue[];
	errorCount: number;
	/** Absent in an outcome stored before groups existed: then grouped from `errors`. */
	groups?: IssueGroup[];
}

export interface IssueReportRow {
	/** "12–340, 345", or the words for the whole file. */
	rows: string;
	column: string;
	value: string;
	count: number;
	whatToDo: string;
}

export interface IssueReportView {
	rows: IssueReportRow[];
	/** "333 errors in 2 groups; nothing was stored." */
	summary: string;
	/** Errors beyond the groups listed, or null when every one is listed. */
	more: string | null;
}

/** Values longer than this are cut in the report (the 64 KB cell stays in the file). */
const MAX_VALUE = 200;

const shortValue = (value: string | null) =>
	value === null ? '' : value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE)}…` : value;

export const outcomeGroups = (outcome: ErrorOutcome): IssueGroup[] =>
	outcome.groups ?? groupIssues(outcome.errors);

export function issueReport(outcome: ErrorOutcome, locale: Locale): IssueReportView {
	const words = ISSUE_WORDS[locale];
	const groups = outcomeGroups(outcome);
	const rows = groups.map((g) => {
		const listed = g.rows.length ? formatRows(g.rows) : words.issueReportWholeFile;
		return {
			rows: g.rowsTruncated ? format(words.issueReportRowsMore, { rows: listed }) : listed,
			column: g.column ?? '',
			value: shortValue(g.value),
			count: g.count,
			whatToDo: issueText(g, locale)
		};
	});
	const listed = groups.reduce((n, g) => n + g.count, 0);
	return {
		rows,
		summary: format(words.issueReportSummary, { count: outcome.errorCount, groups: groups.length }),
		more:
			outcome.errorCount > listed
				? format(words.issueReportMore, { count: outcome.errorCount - listed })
				: null
	};
}
