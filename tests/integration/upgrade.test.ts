/**
 * A database scored by an earlier version of HIMAP — before runs stored their results (roll-up,
 * intervals, audit, rates), before units with too few respondents were left unranked (results
 * stored under the kind `rollup`), before every method's run held its audit (`rollup_2`), or
 * before runs stored their normalisation, or before every run carried its bootstrap (`rollup_3`)
 * or its Monte Carlo draws (`rollup_4`): such a run is not shown, counts as never computed, and is
 * computed again — under every method it was computed with — by the first process that refreshes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_METHOD, methodKey } from '../../src/lib/scoring/method.ts';
import { openDatabase, type HimapDatabase } from '../../src/lib/server/db/connect.ts';
import { storedRound } from '../../src/lib/server/index-service.ts';
import { pendingRuns } from '../../src/lib/server/refresh-service.ts';
import { himap } from '../fixtures/cli.ts';
import { buildTable, toBytes } from '../fixtures/survey-builders.ts';
import { DIALECTS, freshDatabase, type TestDatabase } from '../helpers/databases.ts';

/** The roll-up as an earlier version stored it, under the kind it used. */
const storedAs = (database: HimapDatabase, kind: string) =>
	database.db.updateTable('score_run_results').set({ kind }).where('kind', '=', 'rollup_5').execute();

const EARLIER = {
	'before their results': (database: HimapDatabase) => database.db.deleteFrom('score_run_results').execute(),
	'before rank thresholds': (database: HimapDatabase) => storedAs(database, 'rollup'),
	'before audits under every method': (database: HimapDatabase) => storedAs(database, 'rollup_2'),
	// The `pillars` and `normalised` exports need it (docs/methodology.md §7).
	'before they stored their normalisation': (database: HimapDatabase) =>
		database.db.deleteFrom('score_run_results').where('kind', '=', 'normalisation').execute(),
	'before the bootstrap': (database: HimapDatabase) => storedAs(database, 'rollup_3'),
	'before Monte Carlo draws in every run': (database: HimapDatabase) => storedAs(database, 'rollup_4')
};

describe.each(
	DIALECTS.flatMap((dialect) => Object.keys(EARLIER).map((version) => [version, dialect] as const))
)('runs stored by a version %s (%s)', (version, dialect) => {
	let db: TestDatabase;
	let database: HimapDatabase;
	let dir: string;
	beforeAll(async () => {
		db = await freshDatabase(dialect);
		dir = mkdtempSync(join(tmpdir(), 'himap-upgrade-'));
		const file = join(dir, 'regional.csv');
		writeFileSync(file, toBytes(buildTable({ template: 'regional', rows: 12 })));
		expect((await himap(['import', file, '--db', db.url])).code).toBe(0);
		expect((await himap(['score', '--normalise', 'minmax', '--db', db.url])).code).toBe(0);
		database = openDatabase(db.url);
		// What the earlier version left: runs and scores, and nothing computed from them that this
		// version reads.
		await EARLIER[version as keyof typeof EARLIER](database);
	});
	afterAll(async () => {
		await database?.close();
		await db?.drop();
		rmSync(dir, { recursive: true, force: true });
	});

	it('are not shown, and count as never computed under every method they had', async () => {
		expect(await storedRound(database, 2024)).toBeNull();
		const pending = await pendingRuns(database);
		expect(pending.map((p) => [p.year, methodKey(p.method), p.computedAt])).toEqual([
			[2024, methodKey(DEFAULT_METHOD), null],
			[2024, 'minmax/framework/arithmetic/winsorise', null]
		]);
	});

	it('are computed again by the next refresh, and then read', async () => {
		const exported = await himap(['export', 'provinces', '--year', '2024', '--db', db.url]);
		expect(exported.code, exported.err).toBe(0);
		expect(exported.out.split('\r\n')[1]).toMatch(/^2024,44,/);
		expect(await storedRound(database, 2024)).not.toBeNull();
		expect((await himap(['score', '--normalise', 'minmax', '--db', db.url])).out).toMatch(/^scored /);
		expect(await pendingRuns(database)).toEqual([]);
	});
});
