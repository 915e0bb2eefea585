/**
 * Reading the numbers a document quotes, so a test can hold them to what the exports say
 * (tests/integration/methodology-numbers.test.ts): the text with its line wrapping undone, the
 * groups a pattern captures, and the cells of a section's tables.
 */
import { readFileSync } from 'node:fs';

export type Language = 'en' | 'zh';

/** docs/methodology.md or docs/methodology.zh.md, wrapped lines joined (with a space in English). */
export function methodology(language: Language): string {
	const file = language === 'en' ? 'methodology.md' : 'methodology.zh.md';
	const text = readFileSync(new URL(`../../docs/${file}`, import.meta.url), 'utf8');
	// A line continues the one before unless it is blank or starts a list item, table, heading or fence.
	return text.replace(/[ \t]*\n[ \t]*(?!\s|[-*] |\d+\. |\||#|```)/g, language === 'en' ? ' ' : '');
}

/** What a pattern captures where it first matches; fails naming the pattern when it matches nowhere. */
export function captured(text: string, pattern: RegExp): string[] {
	const match = pattern.exec(text);
	if (!match) throw new Error(`the document no longer says ${pattern}`);
	return match.slice(1);
}

/** The cells of every Markdown table in the section under a heading that starts with `heading`. */
export function sectionTables(text: string, heading: string): string[][][] {
	const lines = text.split('\n');
	const start = lines.findIndex((l) => l.startsWith(heading));
	if (start < 0) throw new Error(`no heading ${heading}`);
	const level = heading.split(' ')[0];
	const end = lines.findIndex(
		(l, i) => i > start && /^#+ /.test(l) && l.split(' ')[0].length <= level.length
	);
	const tables: string[][][] = [];
	let current: string[][] | null = null;
	for (const line of lines.slice(start + 1, end < 0 ? undefined : end)) {
		const row = line.trim();
		if (!row.startsWith('|')) {
			current = null;
			continue;
		}
		if (/^\|[\s|:-]+\|$/.test(row)) continue;
		const cells = row
			.slice(1, -1)
			.split('|')
			.map((c) => c.trim().replace(/\*\*/g, ''));
		if (!current) tables.push((current = []));
		else current.push(cells);
	}
	return tables;
}

/** A number as the document prints it: fixed decimals, thousands with commas. */
export const fixed = (value: number | string, decimals: number) => Number(value).toFixed(decimals);
export const count = (value: number) => value.toLocaleString('en');
