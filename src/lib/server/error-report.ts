/**
 * A file's errors as a CSV download (issue #13, errors a clerk can fix): one line per mistake —
 * rows, column, value, count, what to do — in the clerk's language, as the page shows them
 * (views/issue-report.ts). UTF-8 with a BOM so Excel and WPS open the Chinese cleanly; cells that
 * Excel would run as formulas neutralised like every export (exports/csv-format.ts) — the value
 * column is the clerk's own text, and may begin with "=".
 */
import { formatCsv, type Cell } from '../exports/csv-format.ts';
import type { Locale } from '../i18n/messages.ts';
import { issueReport, type ErrorOutcome } from '../views/issue-report.ts';
import { ISSUE_WORDS } from '../views/issue-text.ts';

export function errorReportCsv(outcome: ErrorOutcome, locale: Locale): string {
	const words = ISSUE_WORDS[locale];
	const view = issueReport(outcome, locale);
	const columns = [
		words.issueReportRows,
		words.issueReportColumn,
		words.issueReportValue,
		words.issueReportCount,
		words.issueReportWhatToDo
	];
	const lines: Record<string, Cell>[] = view.rows.map((r) => ({
		[columns[0]]: r.rows,
		[columns[1]]: r.column,
		[columns[2]]: r.value,
		[columns[3]]: r.count,
		[columns[4]]: r.whatToDo
	}));
	if (view.more) lines.push({ [columns[4]]: view.more });
	return `\uFEFF${formatCsv(columns, lines)}`;
}

/** The download's file name: the upload's own name, then `-errors`. */
export function errorReportFileName(uploadName: string, extension: 'csv' | 'xlsx'): string {
	const stem = uploadName.replace(/\.[^.]*$/, '') || 'survey';
	return `${stem}-errors.${extension}`;
}
