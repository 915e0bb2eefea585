import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { zh } from '../i18n/zh.ts';
import { DEFAULT_METHOD } from '../scoring/method.ts';
import { figureLabels, sourceCaption } from './figure-text.ts';

describe('figureLabels', () => {
	const context = { demo: true, method: DEFAULT_METHOD, year: 2024, few: 30 };

	it('carries the round, the method, the units and, on the demo, the synthetic-data notice', () => {
		const { report } = figureLabels(en, context);
		expect(report.round).toBe('Round 2024');
		expect(report.method).toBe('Method: Goalposts, framework weights, arithmetic mean (default)');
		expect(
			figureLabels(zh, { ...context, method: { ...DEFAULT_METHOD, normalise: 'minmax' } }).report.method
		).toContain(zh.m_minmax);
		expect(report.notice).toBe(en.synthetic);
		expect(report.units.score).toBe('Unit: score out of 100');
		expect(report.fewColumn).toBe('Not ranked (too few respondents)');
		expect(report.fewNote).toContain('30');
	});

	it('has no notice on real data, and no round or method where the page has none', () => {
		const { report } = figureLabels(zh, { demo: false, few: 30 });
		expect(report.notice).toBeNull();
		expect(report.round).toBeNull();
		expect(report.method).toBeNull();
		expect(report.units.percent).toContain('单位');
	});
});

describe('sourceCaption', () => {
	const p = {
		year: 2024,
		respondents: 1,
		frameworkVersion: 'himap-default 1.0.0',
		method: 'goalposts/framework/arithmetic/winsorise'
	};
	it('counts one respondent in the singular, and names the method in words', () => {
		expect(sourceCaption(en, 'en', false, p)).toBe(
			'Source: HIMAP survey data; round 2024; 1 respondent; framework himap-default 1.0.0; method: Goalposts, framework weights, arithmetic mean (default).'
		);
		expect(sourceCaption(en, 'en', true, { ...p, respondents: 7467 })).toContain(
			'(synthetic demo); round 2024; 7,467 respondents;'
		);
		expect(sourceCaption(zh, 'zh-CN', false, p)).toContain('填报机构1家；');
	});
});
