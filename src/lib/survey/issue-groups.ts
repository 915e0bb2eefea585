/**
 * Repeats of one mistake as one line: "rows 12–340, 345: 远程医疗 'maybe' is not yes/no" instead of
 * 330 lines a clerk cannot read (issue #13, errors a clerk can fix). Issues of the same code, column,
 * value and params (the row aside) form a group, with its rows as ranges and its count.
 *
 * Collected as the file is read, in bounded memory whatever its size: a file with the same error on
 * every one of 500,000 rows is one group of one range. At most MAX_GROUPS groups are kept, each
 * with at most MAX_RANGES ranges; every issue is counted.
 */
import { MAX_REPORTED_ISSUES, type IssueCode, type IssueParams, type SurveyIssue } from './issues.ts';

/** As many groups as the report lists issues: a page, not a file. */
export const MAX_GROUPS = MAX_REPORTED_ISSUES;
/** Rows listed per group; a group's further rows are counted, and it says so (`rowsTruncated`). */
export const MAX_RANGES = 100;

/** One mistake and where it repeats. */
export interface IssueGroup {
	code: IssueCode | null;
	column: string | null;
	value: string | null;
	params: IssueParams;
	/** The first issue's English message, as the command line would print it. */
	message: string;
	/** Inclusive row ranges in row order, e.g. [[12, 340], [345, 345]]; empty for a problem with the whole file. */
	rows: [number, number][];
	/** How many issues the group holds. */
	count: number;
	/** Whether the group has rows beyond those listed in `rows`. */
	rowsTruncated: boolean;
}

/** What makes two issues the same mistake: everything but the row (and the message, which names the row). */
function groupKey(issue: SurveyIssue): string {
	if (!issue.code) return `\u0000${issue.column ?? ''}\u0000${issue.message}`;
	const params = issue.params
		? Object.keys(issue.params)
				.filter((k) => k !== 'row')
				.sort()
				.map((k) => `${k}=${issue.params![k]}`)
				.join('\u0001')
		: '';
	return `${issue.code}\u0000${issue.column ?? ''}\u0000${issue.value ?? ''}\u0000${issue.value === null}\u0000${params}`;
}

/**
 * Every issue of a file, counted; the first MAX_REPORTED_ISSUES kept as they came (what the
 * command line prints and the API sends as `errors`), and all of them grouped.
 */
export class IssueCollector {
	readonly issues: SurveyIssue[] = [];
	count = 0;
	private readonly byKey = new Map<string, IssueGroup>();
	/** Issues that found no room in a new group once MAX_GROUPS were kept. */
	ungrouped = 0;

	add(issue: SurveyIssue): void {
		this.count++;
		if (this.issues.length < MAX_REPORTED_ISSUES) this.issues.push(issue);
		const key = groupKey(issue);
		let group = this.byKey.get(key);
		if (!group) {
			if (this.byKey.size >= MAX_GROUPS) {
				this.ungrouped++;
				return;
			}
			const { column, value, message } = issue;
			const params = { ...issue.params };
			delete params.row;
			group = {
				code: issue.code ?? null,
				column,
				value,
				params,
				message,
				rows: [],
				count: 0,
				rowsTruncated: false
			};
			this.byKey.set(key, group);
		}
		group.count++;
		if (issue.row !== null) addRow(group, issue.row);
	}

	/** The groups in the order of their first row (file-wide problems first). */
	groups(): IssueGroup[] {
		return [...this.byKey.values()]
			.map((g) => ({ ...g, rows: merged(g.rows) }))
			.sort((a, b) => firstRow(a) - firstRow(b));
	}
}

const firstRow = (g: IssueGroup) => (g.rows.length ? g.rows[0][0] : 0);

function addRow(group: IssueGroup, row: number): void {
	const rows = group.rows;
	const last = rows[rows.length - 1];
	if (last && row >= last[0] && row <= last[1] + 1) {
		if (row > last[1]) last[1] = row;
		return;
	}
	if (rows.length >= MAX_RANGES) {
		group.rowsTruncated = true;
		return;
	}
	rows.push([row, row]);
}

/** Ranges sorted and joined where they touch (rows may come out of order: parser and identity issues come later). */
function merged(rows: [number, number][]): [number, number][] {
	const sorted = rows.map((r) => [r[0], r[1]] as [number, number]).sort((a, b) => a[0] - b[0]);
	const out: [number, number][] = [];
	for (const r of sorted) {
		const last = out[out.length - 1];
		if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
		else out.push(r);
	}
	return out;
}

/** Groups a list of issues (a header's errors, a stored report's `errors`). */
export function groupIssues(issues: readonly SurveyIssue[]): IssueGroup[] {
	const collector = new IssueCollector();
	for (const issue of issues) collector.add(issue);
	return collector.groups();
}

/** "12–340, 345, 400–402" */
export function formatRows(rows: readonly [number, number][]): string {
	return rows.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(', ');
}
