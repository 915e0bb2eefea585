/**
 * One export table as the command line writes it (`himap export <table> … --db <url>`, in this
 * process), parsed: what the tests that hold the exports to a document or to R read.
 */
import Papa from 'papaparse';
import { expect } from 'vitest';
import { run } from '../../src/cli/main.ts';

export type Row = Record<string, string>;

export const parseCsv = (text: string): Row[] =>
	Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;

export async function exportCsv(url: string, table: string, ...args: string[]): Promise<Row[]> {
	let out = '';
	const code = await run(['export', table, ...args, '--db', url], {
		out: (t) => void (out += t),
		err: () => {}
	});
	expect(code).toBe(0);
	return parseCsv(out);
}
