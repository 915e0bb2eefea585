/**
 * Exports as the built app streams them: the same bytes as the CLI for every table and format, the
 * first bytes before the last row is read, a download cancelled half-way that frees its slot, a
 * limit on exports at once (503 with Retry-After past it), and an export that stays one state of
 * the data while an import commits under it (both databases).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/lib/server/db/connect.ts';
import { withSnapshot } from '../../src/lib/server/db/snapshot.ts';
import { EXPORT_TABLE_NAMES } from '../../src/lib/server/export-service.ts';
import { createToken } from '../../src/lib/server/token-service.ts';
import { addUser } from '../../src/lib/server/user-service.ts';
import { himap, publish } from '../fixtures/cli.ts';
import { buildTable, toBytes } from '../fixtures/survey-builders.ts';
import { startApp, type AppServer } from '../helpers/app-server.ts';
import { DIALECTS, freshDatabase, type TestDatabase } from '../helpers/databases.ts';
import { waitFor } from '../helpers/wait.ts';

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'himap-stream-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PASSWORD = 'correct horse battery staple';

async function load(db: TestDatabase, hospitals = 20_000) {
	for (const [name, table] of [
		['regional.csv', buildTable({ template: 'regional', rows: 60 })],
		['hospital.csv', buildTable({ template: 'hospital', rows: hospitals })]
	] as const) {
		const path = join(dir, `${db.dialect}-${name}`);
		writeFileSync(path, toBytes(table));
		const r = await himap(['import', path, '--db', db.url]);
		expect(r.code, r.err).toBe(0);
	}
	await publish(db.url, 2024);
}

describe('exports over HTTP', () => {
	let db: TestDatabase;
	let app: AppServer;
	let analyst: Record<string, string>;
	beforeAll(async () => {
		db = await freshDatabase('sqlite');
		await load(db);
		app = await startApp(db, { env: { HIMAP_MAX_EXPORTS: '1' } });
		// The submissions table names who submitted: it is for analysts and admins.
		const database = openDatabase(db.url);
		await addUser(
			database,
			{ login: 'researcher', role: 'analyst', region: null, password: PASSWORD },
			'test'
		);
		analyst = {
			authorization: `Bearer ${(await createToken(database, 'researcher', { name: 't', expiresInDays: null }, 'test')).token}`
		};
		await database.close();
	});
	afterAll(async () => {
		await app?.stop();
		await db?.drop();
	});

	it.each(
		EXPORT_TABLE_NAMES.flatMap((table) => (['csv', 'json'] as const).map((format) => ({ table, format })))
	)('$table as $format: the same bytes as the CLI', async ({ table, format }) => {
		const res = await fetch(`${app.base}/api/v1/export/${table}?year=2024&format=${format}`, {
			headers: table === 'submissions' ? analyst : {}
		});
		expect(res.status).toBe(200);
		const cli = await himap(['export', table, '--year', '2024', '--format', format, '--db', db.url]);
		expect(cli.code, cli.err).toBe(0);
		// The about table says when it was made: the one line that cannot match.
		const made = (text: string) => (table === 'about' ? text.replace(/generated_at[^\n]*/, '') : text);
		expect(made(await res.text())).toBe(made(cli.out));
	});

	it('starts the download before the export is read, and frees its slot when cancelled', async () => {
		const res = await fetch(`${app.base}/api/v1/export/responses?year=2024`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-disposition')).toBe('attachment; filename="himap-responses-2024.csv"');
		const reader = res.body!.getReader();
		const first = await reader.read();
		expect(new TextDecoder().decode(first.value!)).toMatch(/^year,respondent_id,survey,group,/);
		// One slot (HIMAP_MAX_EXPORTS=1), and it is taken: the next export is told to come back.
		const busy = await fetch(`${app.base}/api/v1/export/provinces?year=2024`);
		expect(busy.status).toBe(503);
		expect(busy.headers.get('retry-after')).toBe('5');
		expect((await busy.json()).detail).toMatch(/1 exports are being streamed/);
		await reader.cancel();
		const next = await waitFor('the slot to be freed', async () => {
			const r = await fetch(`${app.base}/api/v1/export/provinces?year=2024`);
			return r.status === 200 && r;
		});
		expect(await next.text()).toMatch(/^year,province_code/);
		expect(app.alive()).toBe(true);
	});
});

describe.each(DIALECTS)('an export read in one snapshot (%s)', (dialect) => {
	it('does not see an import that commits while it reads', async () => {
		const db = await freshDatabase(dialect);
		const database = openDatabase(db.url);
		try {
			await load(db, 5_000);
			const count = async () =>
				Number(
					(
						await database.db
							.selectFrom('responses')
							.select((eb) => eb.fn.countAll().as('n'))
							.where('superseded_by', 'is', null)
							.executeTakeFirstOrThrow()
					).n
				);
			const before = await count();
			const seen = await withSnapshot(database, async (snapshot) => {
				let rows = 0;
				let imported = false;
				const query = database.db.selectFrom('responses').select(['id']).where('superseded_by', 'is', null);
				for await (const batch of snapshot.batches(query, 500)) {
					rows += batch.length;
					if (imported) continue;
					// Halfway: another process stores new respondents and supersedes old ones.
					const more = buildTable({ template: 'hospital', rows: 6_000, idPrefix: 'H' });
					const path = join(dir, `${dialect}-more.csv`);
					writeFileSync(path, toBytes(more));
					expect((await himap(['import', path, '--no-score', '--db', db.url])).code).toBe(0);
					imported = true;
				}
				return rows;
			});
			expect(seen).toBe(before);
			expect(await count()).toBe(before + 1_000);
		} finally {
			await database.close();
			await db.drop();
		}
	});
});
