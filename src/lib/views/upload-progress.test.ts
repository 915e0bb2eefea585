import { describe, expect, it } from 'vitest';
import { lineReader, percentOf } from './upload-progress.ts';

describe('lineReader', () => {
	it('reads whole lines only, each once, as the text grows', () => {
		const reader = lineReader();
		const a = '{"phase":"validating","rows":0}\n{"phase":"valid';
		expect(reader.read(a)).toEqual([{ phase: 'validating', rows: 0 }]);
		const b = `${a}ating","rows":5000}\n`;
		expect(reader.read(b)).toEqual([{ phase: 'validating', rows: 5000 }]);
		const c = `${b}{"done":true,"id":"ab"}\n`;
		expect(reader.read(c)).toEqual([{ done: true, id: 'ab' }]);
		expect(reader.read(c)).toEqual([]);
	});
	it('skips what is not JSON', () => {
		expect(lineReader().read('<html>\n{"error":"too large","status":413}\n')).toEqual([
			{ error: 'too large', status: 413 }
		]);
	});
});

describe('percentOf', () => {
	it.each([
		[0, 100, 0],
		[50, 200, 25],
		[999, 1000, 99],
		[1000, 1000, 100],
		[5, 0, 0]
	])('%d of %d → %d%%', (loaded, total, percent) => expect(percentOf(loaded, total)).toBe(percent));
});
