import { describe, expect, it } from 'vitest';
import { moveOf } from './preview-report.ts';

const WORDS = {
	previewUp: 'up {delta}',
	previewDown: 'down {delta}',
	previewSame: 'no change',
	previewNewScore: 'new: score {score}',
	previewUnscored: 'not scored'
};

describe('moveOf', () => {
	it.each([
		[50, 52.34, 'up 2.3', 'up'],
		[52.34, 50, 'down 2.3', 'down'],
		[50, 50.04, 'no change', 'same'],
		[null, 61.25, 'new: score 61.3', null],
		[50, null, 'not scored', null]
	] as const)('%s → %s reads "%s"', (before, after, text, direction) => {
		expect(moveOf(before, after, WORDS, 'en')).toEqual({ text, direction });
	});
});
