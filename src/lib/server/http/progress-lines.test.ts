import { describe, expect, it } from 'vitest';
import { EVERY_MS, EVERY_ROWS, throttledProgress } from './progress-lines.ts';

describe('throttledProgress', () => {
	it.each([
		['a few rows soon after: nothing', [[10, 1]], []],
		['enough rows: a line', [[EVERY_ROWS, 1]], [EVERY_ROWS]],
		['enough time: a line', [[10, EVERY_MS]], [10]],
		[
			'counts from the last line',
			[
				[EVERY_ROWS, 1],
				[EVERY_ROWS + 10, 2],
				[2 * EVERY_ROWS, 3]
			],
			[EVERY_ROWS, 2 * EVERY_ROWS]
		]
	])('%s', (_name, calls, lines) => {
		let now = 0;
		const said: number[] = [];
		const progress = throttledProgress(
			(rows) => said.push(rows),
			() => now
		);
		for (const [rows, at] of calls) {
			now = at;
			progress(rows);
		}
		expect(said).toEqual(lines);
	});
});
