import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/messages.ts';
import { citationLine } from './citation.ts';

const source = {
	version: '1.2.3',
	commit: 'abcdef0',
	framework: { id: 'himap-default', version: '1.0.0' },
	method: 'goalposts/framework/arithmetic/winsorise'
};

describe('citationLine', () => {
	it('names version, commit, round, framework and method in both languages', () => {
		for (const t of Object.values(MESSAGES)) {
			const line = citationLine(t, source, 2024);
			for (const part of ['1.2.3', 'abcdef0', '2024', 'himap-default 1.0.0', source.method])
				expect(line).toContain(part);
			expect(line).not.toMatch(/[{}]/);
		}
	});

	it('says all rounds without one', () => {
		expect(citationLine(MESSAGES.en, source, null)).toContain('all survey rounds');
		expect(citationLine(MESSAGES['zh-CN'], source, null)).toContain('全部调查年度');
	});
});
