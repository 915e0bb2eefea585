import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/messages.ts';
import { tableLabel } from '../i18n/table-names.ts';
import { EXPORT_TABLE_NAMES } from './export-service.ts';

describe('the data page', () => {
	it('names and describes every export table in both languages, keeping its identifier', () => {
		for (const table of EXPORT_TABLE_NAMES) {
			for (const [locale, t] of Object.entries(MESSAGES)) {
				const label = tableLabel(table, t);
				expect(label.id).toBe(table);
				expect(label.name, `${locale} ${table}`).toMatch(/\S/);
				expect(label.name, `${locale} ${table}: a name, not the identifier`).not.toBe(table);
				expect(label.description, `${locale} ${table}`).toMatch(/\S/);
				if (locale === 'zh-CN') expect(label.name).toMatch(/[\u4e00-\u9fff]/);
			}
		}
	});

	it('names distinct tables distinctly', () => {
		for (const t of Object.values(MESSAGES)) {
			const names = EXPORT_TABLE_NAMES.map((table) => tableLabel(table, t).name);
			expect(new Set(names).size).toBe(names.length);
		}
	});

	it('falls back to the identifier for a table without words', () => {
		expect(tableLabel('nothing', MESSAGES.en)).toEqual({ id: 'nothing', name: 'nothing', description: '' });
	});
});
