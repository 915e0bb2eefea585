import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/messages.ts';
import { EXPORT_TABLE_NAMES } from './export-service.ts';

describe('the data page', () => {
	it('describes every export table in both languages', () => {
		for (const table of EXPORT_TABLE_NAMES) {
			for (const t of Object.values(MESSAGES)) {
				expect(t[`export_${table}` as keyof typeof t], table).toMatch(/\S/);
			}
		}
	});
});
