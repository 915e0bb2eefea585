/**
 * The survey templates clerks download (docs/contracts.md, Survey CSV templates): a CSV that
 * opens cleanly in Excel and WPS (UTF-8 with BOM, CRLF), and an XLSX that explains itself — a
 * drop-down on every yes/no and coded column, a number range on every numeric one, and a guide
 * sheet. A signed-in submitter's template names its region; a commission's has it filled in.
 *
 * The XLSX is written with exceljs's in-memory workbook (already a dependency, for the exports):
 * its streaming writer (exports/xlsx.ts) has no data validations or notes, and a template is small.
 */
import type ExcelJS from 'exceljs';
import { GUIDE_WORDS } from '../i18n/templates.ts';
import {
	templateGuide,
	templateHeader,
	type CellRule,
	type GuideLanguage,
	type GuideRow,
	type OwnRegion
} from '../survey/template-guide.ts';
import { TEMPLATES, type TemplateId } from '../survey/templates.ts';
import type { Principal } from './auth/permissions.ts';
import { NATIONAL_REGION } from './auth/roles.ts';
import { REGIONS } from './region-reference.ts';

export type TemplateFormat = 'csv' | 'xlsx';

export interface TemplateFile {
	body: Uint8Array<ArrayBuffer>;
	contentType: string;
	fileName: string;
}

/** Rows of the data sheet that carry the drop-downs and ranges: more than a province's hospitals. */
export const VALIDATED_ROWS = 5000;

const LEVEL_OF_KIND = { province: 'provincial', prefecture: 'municipal', county: 'county' } as const;

/** The region a submitter acts for, when it is one region (not the nation) of the reference. */
export function ownRegion(principal: Principal | null, language: GuideLanguage): OwnRegion | null {
	if (principal?.role !== 'submitter' || !principal.region || principal.region === NATIONAL_REGION)
		return null;
	const region = REGIONS.get(principal.region);
	if (!region) return null;
	return { code: region.code, name: language === 'en' ? (region.nameEn ?? region.name) : region.name };
}

/**
 * The first data row, by column name: a commission's own region and level. Hospitals' rows stay
 * empty: a submitter for a region files for many hospitals in it, the guide says which codes.
 */
export function prefilledRow(
	id: TemplateId,
	own: OwnRegion | null,
	language: GuideLanguage
): Record<string, string> | null {
	if (id !== 'regional' || !own) return null;
	const kind = REGIONS.get(own.code)?.level;
	if (!kind) return null;
	const level = TEMPLATES.regional.columns.find((c) => c.name === 'level')!;
	const option =
		level.type.kind === 'choice' ? level.type.options.find((o) => o.value === LEVEL_OF_KIND[kind]) : null;
	const spelled = language === 'en' ? option?.value : option?.aliases[0];
	return { region_code: own.code, level: spelled ?? LEVEL_OF_KIND[kind] };
}

const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The CSV: BOM (Excel and WPS then read it as UTF-8), header, CRLF line ends, the prefilled row if any. */
export function templateCsv(
	id: TemplateId,
	language: GuideLanguage,
	row: Record<string, string> | null
): string {
	const lines = [templateHeader(id, language).map(csvField).join(',')];
	if (row) lines.push(TEMPLATES[id].columns.map((c) => csvField(row[c.name] ?? '')).join(','));
	return `\uFEFF${lines.map((l) => `${l}\r\n`).join('')}`;
}

/** A column letter: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
	let s = '';
	for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
	return s;
}

// Excel's limits on a validation's prompt and error texts.
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function validation(rule: CellRule, guide: GuideRow): ExcelJS.DataValidation {
	// A warning, not a stop: the import takes more spellings than a drop-down offers (是/有/yes/1).
	const messages = {
		allowBlank: true,
		showInputMessage: true,
		promptTitle: clip(guide.header, 32),
		prompt: clip(`${guide.meaning}\n${guide.allowed}`, 255),
		showErrorMessage: true,
		errorStyle: 'warning',
		errorTitle: clip(guide.header, 32),
		error: clip(guide.allowed, 255)
	} as const;
	if (rule.kind === 'list') return { ...messages, type: 'list', formulae: [`"${rule.values.join(',')}"`] };
	return { ...messages, type: rule.kind, operator: 'between', formulae: [rule.min, rule.max] };
}

const TEXT_FORMAT = '@';

interface RangeValidations {
	add(range: string, validation: ExcelJS.DataValidation): void;
}

function dataSheet(
	workbook: ExcelJS.Workbook,
	id: TemplateId,
	language: GuideLanguage,
	guide: GuideRow[],
	row: Record<string, string> | null
) {
	const sheet = workbook.addWorksheet(GUIDE_WORDS[language].dataSheet, {
		views: [{ state: 'frozen', ySplit: 1 }]
	});
	const columns = TEMPLATES[id].columns;
	sheet.columns = columns.map((c, i) => ({
		key: c.name,
		width: Math.min(40, Math.max(10, guide[i].header.length * (language === 'zh' ? 2 : 1) + 4)),
		// Codes stay text: Excel would otherwise drop a leading zero or show 110101 as a number.
		style: c.type.kind === 'text' || c.type.kind === 'region' ? { numFmt: TEXT_FORMAT } : {}
	}));
	const header = sheet.addRow(guide.map((g) => g.header));
	header.font = { bold: true };
	guide.forEach((g, i) => {
		header.getCell(i + 1).note = `${g.meaning}\n${g.allowed}`;
	});
	if (row) sheet.addRow(columns.map((c) => row[c.name] ?? null));
	// exceljs 4.4 keeps range validations (`add('B2:B5001', …)`, written as one sqref) but its
	// typings only declare the per-cell `cell.dataValidation`: 150,000 cells' worth here.
	const validations = (sheet as unknown as { dataValidations: RangeValidations }).dataValidations;
	guide.forEach((g, i) => {
		const letter = columnLetter(i + 1);
		validations.add(`${letter}2:${letter}${VALIDATED_ROWS + 1}`, validation(g.rule, g));
	});
}

function guideSheet(workbook: ExcelJS.Workbook, language: GuideLanguage, guide: GuideRow[]) {
	const w = GUIDE_WORDS[language];
	const sheet = workbook.addWorksheet(w.guideSheet, { views: [{ state: 'frozen', ySplit: 1 }] });
	sheet.columns = [
		{ key: 'column', width: 28 },
		{ key: 'header', width: 22 },
		{ key: 'meaning', width: 50 },
		{ key: 'unit', width: 18 },
		{ key: 'allowed', width: 60 },
		{ key: 'required', width: 10 },
		{ key: 'example', width: 30, style: { numFmt: TEXT_FORMAT } }
	];
	sheet.addRow([w.column, w.header, w.meaning, w.unit, w.allowed, w.required, w.example]).font = {
		bold: true
	};
	for (const g of guide)
		sheet.addRow([g.column, g.header, g.meaning, g.unit, g.allowed, g.required ? w.yes : w.no, g.example]);
	sheet.addRow([]);
	sheet.addRow([w.blankNote]);
	sheet.addRow([w.exampleNote]);
}

async function templateXlsx(
	id: TemplateId,
	language: GuideLanguage,
	guide: GuideRow[],
	row: Record<string, string> | null
): Promise<Uint8Array<ArrayBuffer>> {
	const { default: excel } = await import('exceljs');
	const workbook = new excel.Workbook();
	workbook.creator = 'HIMAP';
	dataSheet(workbook, id, language, guide, row);
	guideSheet(workbook, language, guide);
	const bytes = await workbook.xlsx.writeBuffer();
	return new Uint8Array(bytes as ArrayBuffer);
}

/** The template file `id` in `format`, its headers in `language`, for `principal` (null: the blank template). */
export async function templateFile(
	id: TemplateId,
	format: TemplateFormat,
	language: GuideLanguage,
	principal: Principal | null
): Promise<TemplateFile> {
	const own = ownRegion(principal, language);
	const row = prefilledRow(id, own, language);
	const fileName = `${id}-template-${language}.${format}`;
	if (format === 'csv')
		return {
			body: new TextEncoder().encode(templateCsv(id, language, row)),
			contentType: 'text/csv; charset=utf-8',
			fileName
		};
	return {
		body: await templateXlsx(id, language, templateGuide(id, language, own), row),
		contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		fileName
	};
}
