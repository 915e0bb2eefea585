/**
 * What must not differ between the English and the Chinese methodology: the numbered sections
 * (## and ### headings, in order), the code blocks, and the numbers in each table and in the text.
 * The parity test (methodology-outline.test.ts) compares the two documents with these, so a
 * translation cannot silently drift from the document it translates.
 */

export interface Heading {
	/** 2 for `##`, 3 for `###`. */
	level: number;
	/** "4", "6.2": the number the heading starts with. */
	number: string;
	title: string;
}

export interface Outline {
	/** Numbered `##` and `###` headings, in order; those inside code blocks are code, not headings. */
	headings: Heading[];
	/** The text of each fenced code block, in order. */
	code: string[];
	/** Each table's lines, in order. */
	tables: string[][];
}

const HEADING = /^(#{2,3}) (\d+(?:\.\d+)*)\.? +(.*)$/;

export function outline(markdown: string): Outline {
	const out: Outline = { headings: [], code: [], tables: [] };
	let code: string[] | null = null;
	let table: string[] | null = null;
	for (const line of markdown.split('\n')) {
		if (line.trimStart().startsWith('```')) {
			if (code) out.code.push(code.join('\n'));
			code = code ? null : [];
			table = null;
			continue;
		}
		if (code) {
			code.push(line);
			continue;
		}
		const heading = HEADING.exec(line);
		if (heading) out.headings.push({ level: heading[1].length, number: heading[2], title: heading[3] });
		if (line.trimStart().startsWith('|')) {
			if (!table) out.tables.push((table = []));
			table.push(line);
		} else table = null;
	}
	return out;
}

/** "## 4", "### 6.2": a heading as the comparison sees it, its words aside. */
export const sectionKey = (h: Heading): string => `${'#'.repeat(h.level)} ${h.number}`;

/** Every number written with digits, sorted: `0–20` gives 0 and 20, `3 × 10⁻¹⁴` gives 3 and 10. */
export function numbersIn(text: string): string[] {
	return (text.match(/\d+(?:\.\d+)?/g) ?? []).sort();
}

/** The distinct decimal numbers ("75.9331", "0.6"): the figures a translation must carry over. */
export function decimalsIn(text: string): Set<string> {
	return new Set(text.match(/\d+\.\d+/g) ?? []);
}
