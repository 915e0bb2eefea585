/**
 * Resolves a file's header row to template columns: English names or Chinese aliases in any mix,
 * case and surrounding spaces ignored (docs/contracts.md, Survey CSV templates).
 */
import { MAX_REPORTED_ISSUES, type SurveyIssue } from './issues.ts';
import { TEMPLATES, type Column, type Template, type TemplateId } from './templates.ts';
import { normaliseCell } from './values.ts';

export interface HeaderPlan {
	template: Template;
	/** For each position in the file, the template column it holds, or null if unknown. */
	columns: (Column | null)[];
	/** The header cells as written in the file, for messages. */
	headers: string[];
	/** The first MAX_REPORTED_ISSUES warnings (unknown or empty header cells)… */
	warnings: SurveyIssue[];
	/** …of this many. */
	warningCount: number;
}

export type HeaderResult = { ok: true; plan: HeaderPlan } | { ok: false; errors: SurveyIssue[] };

export const headerKey = (cell: string) => normaliseCell(cell).toLowerCase();

function lookupFor(template: Template): Map<string, Column> {
	const map = new Map<string, Column>();
	for (const c of template.columns) {
		map.set(c.name.toLowerCase(), c);
		map.set(c.zh.toLowerCase(), c);
	}
	return map;
}
const LOOKUPS = { regional: lookupFor(TEMPLATES.regional), hospital: lookupFor(TEMPLATES.hospital) };

function detectTemplate(keys: string[]): TemplateId | null {
	const has = (t: Template) => {
		const marker = t.columns.find((c) => c.name === t.marker)!;
		return keys.includes(marker.name) || keys.includes(marker.zh.toLowerCase());
	};
	const regional = has(TEMPLATES.regional);
	const hospital = has(TEMPLATES.hospital);
	if (regional === hospital) return null;
	return regional ? 'regional' : 'hospital';
}

/** Delimiters spreadsheet programs write in some locales; a header that is one cell holding one of them was not split. */
const OTHER_DELIMITERS = [
	[';', 'semicolons'],
	['\t', 'tabs'],
	['|', 'vertical bars']
] as const;

/** The delimiter's name in params: a word, not an invisible tab. */
const DELIMITER_NAMES = { ';': 'semicolon', '\t': 'tab', '|': 'bar' } as const;

export function resolveHeader(cells: string[], explicit?: TemplateId): HeaderResult {
	const other = cells.length === 1 ? OTHER_DELIMITERS.find(([d]) => cells[0].includes(d)) : undefined;
	if (other) {
		return {
			ok: false,
			errors: [
				{
					row: 1,
					column: null,
					value: null,
					message: `the columns are separated by ${other[1]}, not commas; save the file as CSV with commas (in Excel: "CSV UTF-8 (Comma delimited)")`,
					code: 'wrong-delimiter',
					params: { delimiter: DELIMITER_NAMES[other[0]] }
				}
			]
		};
	}
	const headers = cells.map((c) => normaliseCell(c));
	const keys = headers.map((h) => h.toLowerCase());
	const templateId = explicit ?? detectTemplate(keys);
	if (!templateId) {
		return {
			ok: false,
			errors: [
				{
					row: 1,
					column: null,
					value: null,
					message:
						'cannot tell the template from the header: a regional file has a `level` (层级) column, a hospital file a `grade` (医院等级) column; use exactly one, or pass --template regional|hospital',
					code: 'unknown-template'
				}
			]
		};
	}
	const template = TEMPLATES[templateId];
	const lookup = LOOKUPS[templateId];
	const errors: SurveyIssue[] = [];
	const warnings: SurveyIssue[] = [];
	let warningCount = 0;
	const seen = new Map<string, number>();
	const columns = keys.map((key, i) => {
		const column = lookup.get(key) ?? null;
		if (!column) {
			const warning =
				key === ''
					? { message: 'empty header cell; this column is ignored', code: 'empty-header' as const }
					: {
							message: `unknown column for the ${templateId} template; it is ignored`,
							code: 'unknown-column' as const,
							params: { template: templateId }
						};
			if (++warningCount <= MAX_REPORTED_ISSUES)
				warnings.push({ row: 1, column: headers[i] || `#${i + 1}`, value: null, ...warning });
			return null;
		}
		const first = seen.get(column.name);
		if (first !== undefined) {
			errors.push({
				row: 1,
				column: headers[i],
				value: null,
				message: `column ${column.name} (${column.zh}) appears twice, as "${headers[first]}" (column ${first + 1}) and "${headers[i]}" (column ${i + 1}); keep one`,
				code: 'duplicate-column',
				params: {
					name: column.name,
					zh: column.zh,
					firstHeader: headers[first],
					first: first + 1,
					header: headers[i],
					position: i + 1
				}
			});
			return null;
		}
		seen.set(column.name, i);
		return column;
	});
	for (const c of template.columns) {
		if (c.required && !seen.has(c.name)) {
			errors.push({
				row: 1,
				column: c.name,
				value: null,
				message: `required column ${c.name} (${c.zh}) is missing from the header; add it (see the ${templateId} template)`,
				code: 'missing-column',
				params: { name: c.name, zh: c.zh, template: templateId }
			});
		}
	}
	return errors.length
		? { ok: false, errors: errors.slice(0, MAX_REPORTED_ISSUES) }
		: { ok: true, plan: { template, columns, headers, warnings, warningCount } };
}
