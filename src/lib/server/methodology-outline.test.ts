import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decimalsIn, numbersIn, outline, sectionKey } from './methodology-outline.ts';

const read = (file: string) => readFileSync(new URL(`../../../docs/${file}`, import.meta.url), 'utf8');

describe('outline', () => {
	const doc = [
		'# Title',
		'## 1. One',
		'text 1.5',
		'### 1.1 Sub (`x.ts`)',
		'| a | b |',
		'| - | - |',
		'| 0–20 | 3.25 |',
		'',
		'```r',
		'# a comment, not a heading',
		'## 9. nor this',
		'```',
		'## 2. Two',
		'| c |'
	].join('\n');

	it('finds the numbered headings outside code, the code blocks and the tables', () => {
		const o = outline(doc);
		expect(o.headings.map(sectionKey)).toEqual(['## 1', '### 1.1', '## 2']);
		expect(o.headings[1].title).toBe('Sub (`x.ts`)');
		expect(o.code).toEqual(['# a comment, not a heading\n## 9. nor this']);
		expect(o.tables).toEqual([['| a | b |', '| - | - |', '| 0–20 | 3.25 |'], ['| c |']]);
	});

	it('reads numbers as written with digits', () => {
		expect(numbersIn('| 0–20 | 3.25 | 7,476 | 3 × 10⁻¹⁴ |')).toEqual([
			'0',
			'10',
			'20',
			'3',
			'3.25',
			'476',
			'7'
		]);
		expect([...decimalsIn('1.0.0, 75.9331 and 75.9331, 10.05')]).toEqual(['1.0', '75.9331', '10.05']);
	});
});

describe('the Chinese methodology translates the English one', () => {
	const en = read('methodology.md');
	const zh = read('methodology.zh.md');
	const [a, b] = [outline(en), outline(zh)];

	it('has the same sections: the same ## and ### headings, numbered alike, in the same order', () => {
		expect(a.headings.length).toBeGreaterThan(20);
		expect(b.headings.map(sectionKey)).toEqual(a.headings.map(sectionKey));
	});

	it('is in Chinese: every section heading has Chinese words', () => {
		for (const h of b.headings) expect(h.title, sectionKey(h)).toMatch(/[\u4e00-\u9fff]/);
	});

	it('has the same code blocks, byte for byte', () => {
		expect(b.code).toEqual(a.code);
	});

	it('has the same numbers in each table', () => {
		expect(b.tables).toHaveLength(a.tables.length);
		a.tables.forEach((table, i) => {
			expect(numbersIn(b.tables[i].join('\n')), `table ${i + 1}: ${table[0]}`).toEqual(
				numbersIn(table.join('\n'))
			);
		});
	});

	it('has the same decimal figures', () => {
		expect([...decimalsIn(zh)].sort()).toEqual([...decimalsIn(en)].sort());
	});

	it('cites source files under the headings, not in them', () => {
		for (const h of [...a.headings, ...b.headings]) expect(h.title).not.toMatch(/\.ts\b|src\//);
	});
});
