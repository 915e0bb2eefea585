/**
 * Readers never wait on scoring and never write. With background scoring held up (the scoring lock
 * taken, and on SQLite another process holding the write lock too), the built app answers at once:
 * pages show the last complete run marked as being updated, a round never scored is announced,
 * and the export API says so in a header. Once scoring is let go, the server's runner brings
 * everything up to date by itself. On both databases.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { himap, publish } from '../fixtures/cli.ts';
import { buildTable, toBytes, type SurveyTable } from '../fixtures/survey-builders.ts';
import { MESSAGES } from '../../src/lib/i18n/messages.ts';
import { methodTitle } from '../../src/lib/scoring/method-names.ts';
import { startApp, type AppServer } from '../helpers/app-server.ts';
import { DIALECTS, freshDatabase, type TestDatabase } from '../helpers/databases.ts';
import { holdScoringLock } from '../helpers/scoring-lock-holder.ts';
import { waitFor } from '../helpers/wait.ts';

/** On SQLite, another connection holding the write lock, as a second import does. */
function holdWriteLock(db: TestDatabase): () => void {
	if (db.dialect !== 'sqlite') return () => {};
	const raw = new SqliteDatabase(db.url.slice('sqlite:'.length));
	raw.exec('begin immediate');
	raw.prepare(`insert into audit_log (at, actor, action, detail) values ('now', 'test', 'lock', '{}')`).run();
	return () => {
		raw.exec('rollback');
		raw.close();
	};
}

/** Every yes/no answer of a table set to yes: a resubmission that moves every score up. */
function allYes(table: SurveyTable): SurveyTable {
	for (const row of table.rows) for (const c of table.columns) if (row[c] === 'no') row[c] = 'yes';
	return table;
}

describe.each(DIALECTS)('background scoring (%s)', (dialect) => {
	let db: TestDatabase;
	let app: AppServer;
	let dir: string;
	const file = (name: string, table: SurveyTable) => {
		const path = join(dir, name);
		writeFileSync(path, toBytes(table));
		return path;
	};
	const get = (path: string) => fetch(`${app.base}${path}`);
	const provinces = async (year: number) => {
		const res = await get(`/api/v1/export/provinces?year=${year}`);
		const rows = res.ok
			? Papa.parse<Record<string, string>>(await res.text(), { header: true, skipEmptyLines: true }).data
			: [];
		return { status: res.status, scores: res.headers.get('himap-scores'), rows, res };
	};

	beforeAll(async () => {
		db = await freshDatabase(dialect);
		dir = mkdtempSync(join(tmpdir(), 'himap-bg-'));
		const first = file('2024.csv', buildTable({ template: 'regional', rows: 30 }));
		expect((await himap(['import', first, '--db', db.url])).code).toBe(0);
		await publish(db.url, 2024);
	});
	afterAll(async () => {
		await app?.stop();
		await db?.drop();
		rmSync(dir, { recursive: true, force: true });
	});

	it('serves the last complete run, marked as updating, and announces a round not yet scored', async () => {
		const held = await holdScoringLock(db.url);
		let releaseWrite = () => {};
		try {
			app = await startApp(db);
			const before = await provinces(2024);
			expect(before.scores).toBe('current');
			const [guangdong] = before.rows;
			// Newer responses for 2024 (every answer yes), and a round never scored, stored without scoring.
			const newer = file('2024-again.csv', allYes(buildTable({ template: 'regional', rows: 30 })));
			expect((await himap(['import', newer, '--no-score', '--db', db.url])).out).toMatch(/30 superseded/);
			const round2023 = file('2023.csv', buildTable({ template: 'regional', rows: 30, year: 2023 }));
			expect((await himap(['import', round2023, '--no-score', '--db', db.url])).code).toBe(0);
			await publish(db.url, 2023);
			releaseWrite = holdWriteLock(db);

			const page = await get('/?year=2024&lang=en');
			expect(page.status).toBe(200);
			const html = await page.text();
			expect(html).toContain('Updating: newer responses for 2024 are being scored.');
			expect(html).toContain('Round 2023 is being scored for the first time');
			expect(html).toContain(Number(guangdong.composite).toFixed(1));
			for (const path of ['/cities?lang=en', '/province/44?lang=zh-CN', '/disparities', '/compare?p=44,11'])
				expect((await get(path)).status, path).toBe(200);

			const stale = await provinces(2024);
			expect(stale.status).toBe(200);
			expect(stale.scores).toBe('updating; rounds=2024');
			expect(stale.rows[0].composite).toBe(guangdong.composite);
			const unscored = await provinces(2023);
			expect(unscored.status).toBe(503);
			expect(unscored.res.headers.get('retry-after')).toMatch(/^\d+$/);

			const health = await (await get('/api/v1/health')).json();
			expect(health.status).toBe('ok');
			expect(health.scoring.queued + health.scoring.running).toBeGreaterThan(0);
		} finally {
			releaseWrite();
			await held.release();
		}
		const after = await waitFor('the runner to bring 2024 up to date', async () => {
			const p = await provinces(2024);
			return p.scores === 'current' && p;
		});
		expect(Number(after.rows[0].composite)).toBeGreaterThan(0);
		await waitFor('2023 to be scored', async () => (await provinces(2023)).status === 200);
		const html = await (await get('/?year=2024&lang=en')).text();
		expect(html).not.toContain('Updating:');
		expect(html).not.toContain('being scored for the first time');
		expect(html).toContain(Number(after.rows[0].composite).toFixed(1));
	});

	it('prepares a method a reader picks, as one job however many ask, and shows it when ready', async () => {
		const asked = '/?year=2024&normalise=minmax&lang=en';
		const MINMAX = 'minmax/framework/arithmetic/winsorise';
		// Ten readers at once: the first asks for the method, the others find it asked for.
		const pages = await Promise.all(Array.from({ length: 10 }, async () => (await get(asked)).text()));
		expect(pages[0]).toMatch(/Scores under Min–max for 2024 are being (prepared|computed)/);
		for (const html of pages) expect(html).not.toContain('himap score');
		const html = await waitFor('the picked method to be scored', async () => {
			const page = await (await get(asked)).text();
			// The source line names the method in words (src/lib/scoring/method-names.ts).
			return page.includes(`method: ${methodTitle(MINMAX, MESSAGES.en)}`) && page;
		});
		expect(html).not.toContain('Scores under Min–max');
		// One computation: the one job's `himap score` reported one run for the method.
		const scored = app
			.log()
			.split('\n')
			.filter((line) => line.includes('"component":"scoring"') && line.includes(`method ${MINMAX}; run #`));
		expect(scored).toHaveLength(1);
	});
});
