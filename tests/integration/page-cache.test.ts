/**
 * The built app keeps rendered pages while the data is unchanged (src/lib/server/page-cache.ts):
 * an import by another process must show on the next request, and a page served from the cache
 * must still remember the chosen language.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { himap, publish } from '../fixtures/cli.ts';
import { buildTable, encode, toText } from '../fixtures/survey-builders.ts';
import { startApp, type AppServer } from '../helpers/app-server.ts';
import { freshDatabase, type TestDatabase } from '../helpers/databases.ts';

let db: TestDatabase;
let app: AppServer;
let dir: string;

beforeAll(async () => {
	db = await freshDatabase('sqlite');
	dir = mkdtempSync(join(tmpdir(), 'himap-page-cache-'));
	const file = join(dir, 'regional-2023.csv');
	writeFileSync(file, encode(toText(buildTable({ template: 'regional', rows: 6, year: 2023 }))));
	expect((await himap(['import', file, '--db', db.url])).code).toBe(0);
	await publish(db.url, 2023);
	app = await startApp(db);
});
afterAll(async () => {
	await app?.stop();
	await db?.drop();
	rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, init?: RequestInit) => fetch(`${app.base}${path}`, init);

describe('page cache', () => {
	it('serves the same page twice, each time remembering the language asked for', async () => {
		const first = await get('/cities?lang=en');
		const second = await get('/cities?lang=en');
		expect(await second.text()).toBe(await first.text());
		for (const res of [first, second])
			expect(res.headers.get('set-cookie')).toMatch(/^himap_lang=en; Path=\//);
		// Without ?lang the remembered choice decides, and nothing is set again.
		const remembered = await get('/cities', { headers: { cookie: 'himap_lang=en' } });
		expect(remembered.headers.get('set-cookie')).toBeNull();
	});

	it('shows a round imported by another process on the next request', async () => {
		const before = await (await get('/?lang=en')).text();
		expect(before).toMatch(/<option value="2023"/);
		expect(before).not.toMatch(/<option value="2024"/);
		const file = join(dir, 'regional-2024.csv');
		writeFileSync(file, encode(toText(buildTable({ template: 'regional', rows: 6, year: 2024 }))));
		expect((await himap(['import', file, '--db', db.url])).code).toBe(0);
		await publish(db.url, 2024);
		const after = await (await get('/?lang=en')).text();
		expect(after).toMatch(/<option value="2024"/);
	});

	it('never serves a page for its client-side data request, or the data for the page', async () => {
		const data = await get('/cities/__data.json?lang=en&x-sveltekit-invalidated=01');
		expect(data.headers.get('content-type')).toMatch(/json/);
		const html = await get('/cities?lang=en');
		expect(html.headers.get('content-type')).toMatch(/text\/html/);
		expect(await html.text()).toMatch(/^<!doctype html>/i);
		const again = await get('/cities/__data.json?lang=en&x-sveltekit-invalidated=01');
		expect(again.headers.get('content-type')).toMatch(/json/);
	});

	it('does not keep error pages', async () => {
		expect((await get('/province/99?lang=en')).status).toBe(404);
		expect((await get('/province/99?lang=en')).status).toBe(404);
	});
});
