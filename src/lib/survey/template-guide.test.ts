import { describe, expect, it } from 'vitest';
import { COLUMN_MEANING_ZH } from '../i18n/templates.ts';
import { templateGuide, templateHeader, type GuideLanguage } from './template-guide.ts';
import { TEMPLATES, type TemplateId } from './templates.ts';
import { choiceParser, Invalid, ordinalParser, parseBoolean, type CellParser } from './values.ts';

const IDS: TemplateId[] = ['regional', 'hospital'];
const LANGUAGES: GuideLanguage[] = ['en', 'zh'];
const cases = IDS.flatMap((id) => LANGUAGES.map((language) => [id, language] as const));

/** The import's own parser for a coded column (values.ts), to hold the drop-downs to. */
function parserOf(id: TemplateId, name: string): CellParser {
	const type = TEMPLATES[id].columns.find((c) => c.name === name)!.type;
	if (type.kind === 'boolean') return parseBoolean;
	if (type.kind === 'ordinal') return ordinalParser(type.levels);
	if (type.kind === 'choice') return choiceParser(type.options);
	throw new Error(`${name} is not coded`);
}

describe.each(cases)('template guide %s (%s)', (id, language) => {
	const guide = templateGuide(id, language);
	const columns = TEMPLATES[id].columns;

	it('has one row per column, in template order, headed as the template heads it', () => {
		expect(guide.map((g) => g.column)).toEqual(columns.map((c) => c.name));
		expect(guide.map((g) => g.header)).toEqual(templateHeader(id, language));
		expect(templateHeader(id, language)).toEqual(columns.map((c) => (language === 'en' ? c.name : c.zh)));
		for (const g of guide) {
			expect(g.meaning, g.column).not.toBe('');
			expect(g.allowed, g.column).not.toBe('');
			expect(g.unit, g.column).not.toBe('');
		}
	});

	it('offers in each drop-down every coded value once, each one the import accepts', () => {
		const coded = columns.filter((c) => ['boolean', 'ordinal', 'choice'].includes(c.type.kind));
		expect(coded.length).toBeGreaterThan(5);
		for (const column of coded) {
			const rule = guide.find((g) => g.column === column.name)!.rule;
			expect(rule.kind, column.name).toBe('list');
			if (rule.kind !== 'list') continue;
			const parsed = rule.values.map(parserOf(id, column.name));
			for (const value of parsed) expect(value, column.name).not.toBeInstanceOf(Invalid);
			const expected =
				column.type.kind === 'boolean'
					? 2
					: column.type.kind === 'ordinal'
						? column.type.levels.length
						: column.type.kind === 'choice'
							? column.type.options.length
							: 0;
			expect(new Set(parsed).size, column.name).toBe(expected);
			// Excel keeps an inline list to 255 characters.
			expect(rule.values.join(',').length).toBeLessThan(255);
		}
	});

	it('gives every numeric column the range the import enforces', () => {
		for (const column of columns) {
			const rule = guide.find((g) => g.column === column.name)!.rule;
			if (column.type.kind === 'integer')
				expect(rule).toEqual({ kind: 'whole', min: column.type.min, max: column.type.max });
			if (column.type.kind === 'percent') expect(rule).toEqual({ kind: 'decimal', min: 0, max: 100 });
		}
	});

	it('has an example for every column the import requires, within its rule', () => {
		for (const g of guide) {
			if (g.required) expect(g.example, g.column).not.toBe('');
			if (g.rule.kind === 'list') expect(g.rule.values, g.column).toContain(g.example);
			if (g.rule.kind === 'whole' || g.rule.kind === 'decimal') {
				expect(Number(g.example)).toBeGreaterThanOrEqual(g.rule.min);
				expect(Number(g.example)).toBeLessThanOrEqual(g.rule.max);
			}
		}
	});
});

describe('template guide words', () => {
	it('has a Chinese meaning for every column of every template', () => {
		const names = new Set(IDS.flatMap((id) => TEMPLATES[id].columns.map((c) => c.name)));
		expect([...names].filter((n) => !COLUMN_MEANING_ZH[n])).toEqual([]);
		const zh = templateGuide('hospital', 'zh');
		expect(zh.find((g) => g.column === 'emr_level')!.meaning).toBe(COLUMN_MEANING_ZH.emr_level);
	});

	it('names a signed-in submitter’s region among the region codes allowed, and only then', () => {
		const own = { code: '440106', name: '天河区' };
		const region = (language: GuideLanguage, withOwn: boolean) =>
			templateGuide('hospital', language, withOwn ? own : null).find((g) => g.column === 'region_code')!
				.allowed;
		expect(region('zh', true)).toContain('440106 天河区');
		expect(region('en', true)).toContain('440106');
		expect(region('zh', false)).not.toContain('440106');
	});

	it('spells drop-downs in the template’s language', () => {
		const rule = (language: GuideLanguage, name: string) =>
			templateGuide('regional', language).find((g) => g.column === name)!.rule;
		expect(rule('zh', 'platform_built')).toEqual({ kind: 'list', values: ['是', '否'] });
		expect(rule('en', 'platform_built')).toEqual({ kind: 'list', values: ['yes', 'no'] });
		expect(rule('zh', 'level')).toEqual({ kind: 'list', values: ['省级', '地市级', '县级'] });
		expect(rule('en', 'interop_level')).toEqual({
			kind: 'list',
			values: ['0', '1', '2', '3', '4B', '4A', '5B', '5A']
		});
	});
});
