import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/messages.ts';
import { DEFAULT_METHOD, methodKey } from '../scoring/method.ts';
import { methodName, methodNote } from './method-note.ts';

const MINMAX_GEOMETRIC = methodKey({ ...DEFAULT_METHOD, normalise: 'minmax', aggregate: 'geometric' });
const SINCE = '2026-11-30T06:05:00Z'; // 14:05 in Beijing

describe('methodName', () => {
	it('names only the parts that differ from the default', () => {
		expect(methodName({ ...DEFAULT_METHOD, weights: 'entropy' }, MESSAGES.en)).toBe('Entropy weights');
		expect(methodName({ ...DEFAULT_METHOD, normalise: 'minmax', aggregate: 'geometric' }, MESSAGES.en)).toBe(
			'Min–max + Geometric mean'
		);
	});
});

describe('methodNote', () => {
	it.each([
		['en', 'queued', 2, /Min–max \+ Geometric mean for 2024 are being prepared \(2 jobs first\)/],
		['en', 'running', 0, /being computed \(since 14:05\)/],
		['en', 'failed', 0, /could not be computed and will be tried again/],
		['en', 'busy', 0, /ask for Min–max \+ Geometric mean again in a few minutes/],
		['zh-CN', 'queued', 3, /前面还有3项任务/],
		['zh-CN', 'running', 0, /开始于14:05/]
	] as const)('%s, %s', (locale, state, ahead, said) => {
		const note = methodNote(MINMAX_GEOMETRIC, 2024, { state, since: SINCE, ahead }, MESSAGES[locale], locale);
		expect(note).toMatch(said);
		// Never the command line, never the method's key.
		expect(note).not.toMatch(/himap|minmax\//);
	});

	it('says nothing when no method is being prepared', () => {
		expect(methodNote(null, 2024, null, MESSAGES.en, 'en')).toBeNull();
		expect(
			methodNote(MINMAX_GEOMETRIC, null, { state: 'queued', since: SINCE, ahead: 0 }, MESSAGES.en, 'en')
		).toBeNull();
		expect(
			methodNote('not/a/method', 2024, { state: 'queued', since: SINCE, ahead: 0 }, MESSAGES.en, 'en')
		).toBeNull();
	});
});
