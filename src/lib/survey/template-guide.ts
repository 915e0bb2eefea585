/**
 * What each column of a survey template means and accepts, in one language: the guide sheet of
 * the downloadable template, and the cell rules its data sheet enforces (drop-downs, number
 * ranges). Built from the template definitions (templates.ts), so it cannot drift from what the
 * import accepts (values.ts): every value a drop-down offers is one the parser takes.
 */
import { COLUMN_MEANING_ZH, GUIDE_WORDS, type GuideLanguage } from '../i18n/templates.ts';
import { TEMPLATES, type Column, type TemplateId } from './templates.ts';

export type { GuideLanguage };

/** A rule a spreadsheet can hold on a column's cells. */
export type CellRule =
	| { kind: 'list'; values: readonly string[] }
	| { kind: 'whole'; min: number; max: number }
	| { kind: 'decimal'; min: number; max: number }
	| { kind: 'textLength'; min: number; max: number };

export interface GuideRow {
	/** The column's English name (the contract's name). */
	column: string;
	/** The column as the template's header writes it in this language. */
	header: string;
	meaning: string;
	unit: string;
	allowed: string;
	required: boolean;
	example: string;
	rule: CellRule;
}

/** The region a signed-in submitter acts for, to name in the guide. */
export interface OwnRegion {
	code: string;
	name: string;
}

const fill = (text: string, values: Record<string, string | number>) =>
	text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));

/** The header of a column in a language: its English name or its Chinese alias (both import). */
export function headerOf(column: Column, language: GuideLanguage): string {
	return language === 'en' ? column.name : column.zh;
}

/**
 * Example values that together pass the import (a commission or hospital in 东城区 110101, a
 * county-level code; master's share below bachelor's). By column name; by kind otherwise.
 */
const EXAMPLES: Record<string, Record<GuideLanguage, string>> = {
	year: { en: '2024', zh: '2024' },
	region_code: { en: '110101', zh: '110101' },
	it_staff: { en: '12', zh: '12' },
	it_staff_bachelor_pct: { en: '80', zh: '80' },
	it_staff_master_pct: { en: '20', zh: '20' },
	emr_level: { en: '4', zh: '4' },
	smart_service_level: { en: '2', zh: '2' },
	interop_level: { en: '4A', zh: '四级甲等' }
};
/** Identifiers are unique across both surveys: a hospital cannot share its commission's. */
const IDS: Record<TemplateId, string> = { regional: 'BJ-DC-HC', hospital: 'BJ-DC-H001' };
const NAMES: Record<TemplateId, Record<GuideLanguage, string>> = {
	regional: { en: 'Dongcheng District Health Commission', zh: '北京市东城区卫生健康委员会' },
	hospital: { en: 'Dongcheng District Hospital', zh: '北京市东城区医院' }
};
/** The example row's choice for each group column: a county commission, a tertiary hospital. */
const EXAMPLE_CHOICE: Record<string, string> = { level: 'county', grade: 'tertiary' };

/** The spelling a drop-down offers for each ordinal grade: the code in English, the Chinese name in Chinese. */
function ordinalSpellings(levels: readonly (readonly string[])[], language: GuideLanguage): string[] {
	return levels.map((s) => (language === 'en' ? s[0] : s[s.length - 1]));
}

function choiceSpellings(column: Column, language: GuideLanguage): string[] {
	if (column.type.kind !== 'choice') return [];
	return column.type.options.map((o) => (language === 'en' ? o.value : (o.aliases[0] ?? o.value)));
}

function unitOf(column: Column, language: GuideLanguage): string {
	const w = GUIDE_WORDS[language];
	if (column.role === 'year') return w.unitYear;
	if (column.type.kind === 'percent') return w.unitPercent;
	if (column.name === 'it_staff') return w.unitPersons;
	if (column.type.kind === 'ordinal' || column.name.endsWith('_level')) return w.unitGrade;
	return w.none;
}

function ruleOf(column: Column, language: GuideLanguage): CellRule {
	const w = GUIDE_WORDS[language];
	const type = column.type;
	switch (type.kind) {
		case 'boolean':
			return { kind: 'list', values: [w.yes, w.no] };
		case 'ordinal':
			return { kind: 'list', values: ordinalSpellings(type.levels, language) };
		case 'choice':
			return { kind: 'list', values: choiceSpellings(column, language) };
		case 'integer':
			return { kind: 'whole', min: type.min, max: type.max };
		case 'percent':
			return { kind: 'decimal', min: 0, max: 100 };
		case 'text':
			return { kind: 'textLength', min: column.required ? 1 : 0, max: type.maxLength };
		case 'region':
			return { kind: 'textLength', min: 6, max: 6 };
	}
}

function allowedOf(column: Column, language: GuideLanguage, own: OwnRegion | null): string {
	const w = GUIDE_WORDS[language];
	const type = column.type;
	const sep = language === 'en' ? ', ' : '、';
	switch (type.kind) {
		case 'boolean':
			return w.booleanRule;
		case 'ordinal':
			return fill(w.oneOf, {
				values: type.levels.map((s) => s.join('/')).join(sep)
			});
		case 'choice':
			return fill(w.oneOf, {
				values: type.options.map((o) => [o.value, ...o.aliases].join('/')).join(sep)
			});
		case 'integer':
			return fill(w.wholeRule, { min: type.min, max: type.max });
		case 'percent':
			return w.percentRule;
		case 'text':
			// The identifier's pattern (templates.ts `rule`), said in the guide's language.
			return type.pattern ? w.idRule : fill(w.textRule, { max: type.maxLength });
		case 'region': {
			const rule = w.regionRule;
			return own ? `${rule}; ${fill(w.yourRegion, { code: own.code, name: own.name })}` : rule;
		}
	}
}

function exampleOf(column: Column, id: TemplateId, language: GuideLanguage): string {
	const w = GUIDE_WORDS[language];
	if (EXAMPLES[column.name]) return EXAMPLES[column.name][language];
	if (column.role === 'name') return NAMES[id][language];
	if (column.role === 'respondent_id') return IDS[id];
	const type = column.type;
	switch (type.kind) {
		case 'boolean':
			return w.yes;
		case 'percent':
			return '45.5';
		case 'choice': {
			const i = type.options.findIndex((o) => o.value === EXAMPLE_CHOICE[column.name]);
			return choiceSpellings(column, language)[Math.max(0, i)];
		}
		case 'ordinal':
			return ordinalSpellings(type.levels, language)[1];
		case 'integer':
			return String(type.min);
		default:
			return '';
	}
}

/** One row per column of the template, in template order. */
export function templateGuide(
	id: TemplateId,
	language: GuideLanguage,
	own: OwnRegion | null = null
): GuideRow[] {
	return TEMPLATES[id].columns.map((column) => ({
		column: column.name,
		header: headerOf(column, language),
		meaning: language === 'en' ? column.description : (COLUMN_MEANING_ZH[column.name] ?? column.description),
		unit: unitOf(column, language),
		allowed: allowedOf(column, language, own),
		required: column.required,
		example: exampleOf(column, id, language),
		rule: ruleOf(column, language)
	}));
}

/** The header row of the template in a language. */
export function templateHeader(id: TemplateId, language: GuideLanguage): string[] {
	return TEMPLATES[id].columns.map((c) => headerOf(c, language));
}
