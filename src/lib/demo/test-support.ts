/**
 * Test support only (imported by the *.test.ts files beside it): reads the generated CSV text the
 * way an importer would — papaparse plus the contract's header aliases and value spellings — so
 * that the tests check the files themselves, not the generator's internal structures.
 */
import Papa from 'papaparse';
import regions from '../../../data/regions.json' with { type: 'json' };
import { INTEROP_LEVELS, TEMPLATES, type TemplateId } from '../survey/templates.ts';
import { generateDemoFiles, type DemoFile } from './generate.ts';
import type { RegionRecord } from './region-index.ts';

/** The region reference, as the caller of the generator would pass it. */
export const REGIONS = regions as RegionRecord[];

let cached: DemoFile[] | undefined;
/** The demo files, generated once per test file. */
export function demoFiles(): DemoFile[] {
	cached ??= generateDemoFiles(REGIONS);
	return cached;
}

/** A data row keyed by the English column name; cells as raw text. */
export type CsvRow = Record<string, string>;

/** Parses a demo file's text into rows keyed by English column names (zh headers mapped back). */
export function readCsv(file: DemoFile): CsvRow[] {
	const parsed = Papa.parse<string[]>(file.text, { skipEmptyLines: true });
	if (parsed.errors.length) throw new Error(`${file.fileName}: ${parsed.errors[0].message}`);
	const [header, ...data] = parsed.data;
	const template = TEMPLATES[file.template];
	const names = header.map((h) => {
		const key = h.trim().toLowerCase();
		const column = template.columns.find((c) => c.name === key || c.zh === h.trim());
		if (!column) throw new Error(`${file.fileName}: unknown header ${h}`);
		return column.name;
	});
	return data.map((cells) => Object.fromEntries(names.map((n, i) => [n, cells[i] ?? ''])));
}

const parsedRows = new Map<string, CsvRow[]>();
/** Rows of one template and round (parsed once). */
export function rowsOf(template: TemplateId, year: number): CsvRow[] {
	const key = `${template}:${year}`;
	let rows = parsedRows.get(key);
	if (!rows) {
		const file = demoFiles().find((f) => f.template === template && f.year === year);
		if (!file) throw new Error(`no ${template} file for ${year}`);
		rows = readCsv(file);
		parsedRows.set(key, rows);
	}
	return rows;
}

const YES = new Set(['yes', 'y', 'true', '1', '是', '有']);
const NO = new Set(['no', 'n', 'false', '0', '否', '无']);

/** A boolean cell per the contract's spellings; null when blank; throws on anything else. */
export function parseBoolean(cell: string): boolean | null {
	const v = cell.trim().toLowerCase();
	if (v === '') return null;
	if (YES.has(v)) return true;
	if (NO.has(v)) return false;
	throw new Error(`not a boolean: ${cell}`);
}

/** A number cell (percent signs allowed); null when blank; throws on anything else. */
export function parseNumber(cell: string): number | null {
	const v = cell.trim().replace(/%$/, '');
	if (v === '') return null;
	if (!/^\d+(\.\d+)?$/.test(v)) throw new Error(`not a number: ${cell}`);
	return Number(v);
}

/** An interop grade cell as its ordinal 0–7; null when blank. */
export function parseInterop(cell: string): number | null {
	if (cell.trim() === '') return null;
	const ordinal = INTEROP_LEVELS.findIndex((names) => names.includes(cell.trim()));
	if (ordinal < 0) throw new Error(`not an interop grade: ${cell}`);
	return ordinal;
}

/** The respondent group of a row: the `level` or `grade` column, zh labels mapped back. */
export function groupOf(row: CsvRow): string {
	const zh: Record<string, string> = {
		省级: 'provincial',
		地市级: 'municipal',
		县级: 'county',
		三级: 'tertiary',
		二级: 'secondary',
		其他: 'other'
	};
	const label = row.level ?? row.grade;
	return zh[label] ?? label;
}
