/**
 * A dashboard page shows another scoring method only for rounds scored with it: choosing the
 * method never scores on the request path (the background runner prepares it, see
 * tests/integration/background-scoring.test.ts), and until then the default is served.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_METHOD, methodKey } from '../../src/lib/scoring/method.ts';
import { openDatabase, type HimapDatabase } from '../../src/lib/server/db/connect.ts';
import { roundTrend, servedMethod } from '../../src/lib/server/dashboard-service.ts';
import { himap, publish } from '../fixtures/cli.ts';
import { buildTable, encode, toText } from '../fixtures/survey-builders.ts';
import { DIALECTS, freshDatabase, type TestDatabase } from '../helpers/databases.ts';

const MINMAX = { ...DEFAULT_METHOD, normalise: 'minmax' as const };

describe.each(DIALECTS)('the method a page serves (%s)', (dialect) => {
	let db: TestDatabase;
	let database: HimapDatabase;
	let dir: string;
	beforeAll(async () => {
		db = await freshDatabase(dialect);
		dir = mkdtempSync(join(tmpdir(), 'himap-served-'));
		for (const year of [2023, 2024]) {
			const file = join(dir, `regional-${year}.csv`);
			writeFileSync(file, encode(toText(buildTable({ template: 'regional', rows: 6, year }))));
			expect((await himap(['import', file, '--db', db.url])).code).toBe(0);
		}
		await publish(db.url, 2023, 2024);
		database = openDatabase(db.url);
	});
	afterAll(async () => {
		await database?.close();
		await db?.drop();
		rmSync(dir, { recursive: true, force: true });
	});

	const runs = async () =>
		(await database.db.selectFrom('score_runs').select(['year', 'method']).execute())
			.filter((r) => r.method === methodKey(MINMAX))
			.map((r) => r.year)
			.sort();

	it('falls back to the default, and scores nothing, for a method no one has scored', async () => {
		expect(await servedMethod(database, 2024, MINMAX)).toEqual({ method: DEFAULT_METHOD, notScored: MINMAX });
		expect((await roundTrend(database, MINMAX)).map((r) => r.year)).toEqual([]);
		expect(await runs()).toEqual([]);
	});

	it('serves a method once `himap score` has scored the round, and only those rounds', async () => {
		expect((await himap(['score', '--year', '2024', '--normalise', 'minmax', '--db', db.url])).code).toBe(0);
		expect(await servedMethod(database, 2024, MINMAX)).toEqual({ method: MINMAX, notScored: null });
		expect((await servedMethod(database, 2023, MINMAX)).notScored).toEqual(MINMAX);
		expect((await roundTrend(database, MINMAX)).map((r) => r.year)).toEqual([2024]);
		expect(await runs()).toEqual([2024]);
	});

	it('always serves the default', async () => {
		expect(await servedMethod(database, 2023, DEFAULT_METHOD)).toEqual({
			method: DEFAULT_METHOD,
			notScored: null
		});
	});
});
