/**
 * The bad-input corpus (tests/fixtures/bad-inputs.ts) against the real CLI and real databases:
 * every bad file is rejected with the right exit code and an error line naming the row and column,
 * and the database — already holding good data — is byte-for-byte unchanged afterwards.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_INPUTS, type BadInput } from '../fixtures/bad-inputs.ts';
import { escapeRegExp, himap } from '../fixtures/cli.ts';
import { base, toBytes } from '../fixtures/survey-builders.ts';
import { tableChecksum } from '../helpers/checksum.ts';
import { DIALECTS, freshDatabase, type TestDatabase } from '../helpers/databases.ts';

/** No error line may grow with the input (the 50 MB cell must not come back as a 50 MB message). */
const MAX_LINE = 500;

describe.each(DIALECTS)('bad input is rejected and stores nothing (%s)', (dialect) => {
	let database: TestDatabase;
	let dir: string;
	let before: string;

	beforeAll(async () => {
		database = await freshDatabase(dialect);
		dir = mkdtempSync(join(tmpdir(), 'himap-bad-'));
		// Good data first, in both templates and with history, so "unchanged" means something.
		const seeds: [string, Buffer][] = [
			['regional.csv', toBytes(base.regionalUtf8(12))],
			['hospital-zh.csv', toBytes(base.hospitalZh(12), { headers: 'zh', encoding: 'gb18030', eol: '\r\n' })],
			['regional-again.csv', toBytes(base.regionalZh(6), { headers: 'zh', bom: true })]
		];
		for (const [name, bytes] of seeds) {
			const path = join(dir, name);
			writeFileSync(path, bytes);
			const result = await himap(['import', path, '--db', database.url]);
			expect(result.err).toBe('');
			expect(result.code).toBe(0);
		}
		before = await tableChecksum(database.url);
	});

	afterAll(async () => {
		await database?.drop();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	it('the corpus is large and its names are distinct', () => {
		expect(BAD_INPUTS.filter((c) => c.expect.exit === 1).length).toBeGreaterThanOrEqual(45);
		expect(new Set(BAD_INPUTS.map((c) => c.name)).size).toBe(BAD_INPUTS.length);
	});

	it.each(BAD_INPUTS.map((c, i) => ({ ...c, index: i })))(
		'$name',
		async (c: BadInput & { index: number }) => {
			const path = join(dir, `case-${c.index}.csv`);
			writeFileSync(path, c.bytes());
			try {
				const argv = c.argv ? c.argv(path, database.url) : ['import', path, '--db', database.url];
				const started = Date.now();
				const result = await himap(argv);
				const elapsed = Date.now() - started;
				const { exit, row, column, messageIncludes, withinMs } = c.expect;
				if (withinMs !== undefined) expect(elapsed).toBeLessThan(withinMs);
				expect(result.code, result.err.slice(0, 2000)).toBe(exit);
				expect(result.out).toBe('');
				for (const line of result.errLines) expect(line.length).toBeLessThan(MAX_LINE);
				// Each problem is said once.
				expect(new Set(result.errLines).size).toBe(result.errLines.length);

				if (row !== undefined) {
					const where = column !== undefined ? `row ${row}, column ${column}: ` : `row ${row}: `;
					const pattern = new RegExp(`^${escapeRegExp(where)}`);
					const located = result.errLines.filter((l) => pattern.test(l));
					expect(located, `no line starting "${where}" in:\n${result.err.slice(0, 2000)}`).not.toHaveLength(
						0
					);
					if (messageIncludes !== undefined) {
						// The located line says why, unless the expected text is the "… and N more" trailer.
						const holder = located.some((l) => l.includes(messageIncludes)) ? located : result.errLines;
						expect(
							holder.some((l) => l.includes(messageIncludes)),
							result.err.slice(0, 2000)
						).toBe(true);
						if (holder === result.errLines) expect(messageIncludes).toMatch(/more errors/);
					}
				} else if (messageIncludes !== undefined) {
					expect(result.err).toContain(messageIncludes);
				}
				if (exit === 1) {
					expect(result.errLines.at(-1)).toMatch(/nothing was stored$/);
					// Every other line is an error line in the contract's form (or a header warning).
					for (const line of result.errLines.slice(0, -1)) {
						expect(line).toMatch(/^(warning: )?(row \d+(, column .+)?|file): |^… and \d+ more errors$/);
					}
				}
				expect(await tableChecksum(database.url)).toBe(before);
			} finally {
				rmSync(path, { force: true });
			}
		}
	);

	it('caps the error list at 200 lines and counts the rest', async () => {
		const many = BAD_INPUTS.find((c) => c.name.startsWith('errors in 250 rows'))!;
		const path = join(dir, 'many.csv');
		writeFileSync(path, many.bytes());
		const result = await himap(['import', path, '--db', database.url]);
		expect(result.code).toBe(1);
		expect(result.errLines.filter((l) => /^row \d+, column did_built: /.test(l))).toHaveLength(200);
		expect(result.errLines).toContain('… and 50 more errors');
		expect(result.errLines.at(-1)).toMatch(/^250 errors in .*; nothing was stored$/);
		expect(await tableChecksum(database.url)).toBe(before);
	});
});
