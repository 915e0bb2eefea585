/**
 * The built app started from a directory other than the checkout (`node /srv/himap/build` from
 * wherever a service manager starts it): it finds what it needs without the working directory —
 * the methodology, which the build carries, and the `himap` command its background scoring runs.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { himap, publish } from '../fixtures/cli.ts';
import { buildTable, toBytes } from '../fixtures/survey-builders.ts';
import { startApp, type AppServer } from '../helpers/app-server.ts';
import { freshDatabase, type TestDatabase } from '../helpers/databases.ts';
import { waitFor } from '../helpers/wait.ts';

let dir: string;
let db: TestDatabase;
let app: AppServer;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'himap-cwd-'));
	db = await freshDatabase('sqlite');
	// Stored but not scored: the server's runner has to score it.
	const file = join(dir, 'regional.csv');
	writeFileSync(file, toBytes(buildTable({ template: 'regional', rows: 12 })));
	expect((await himap(['import', file, '--no-score', '--db', db.url])).code).toBe(0);
	await publish(db.url, 2024);
	app = await startApp(db, { cwd: '/' });
});
afterAll(async () => {
	await app?.stop();
	await db?.drop();
	rmSync(dir, { recursive: true, force: true });
});

describe('the built app started from /', () => {
	it('serves the methodology', async () => {
		const res = await fetch(`${app.base}/methodology?lang=en`);
		expect(res.status).toBe(200);
		const html = await res.text();
		// The document's first paragraph: its opening line comes through Markdown unchanged.
		const [firstLine] = readFileSync('docs/methodology.md', 'utf8')
			.split('\n')
			.filter((l) => l && !l.startsWith('#'));
		expect(html).toContain(firstLine);
	});

	it('scores a round in the background', async () => {
		await waitFor(
			'the runner to score 2024',
			async () => (await fetch(`${app.base}/api/v1/export/provinces?year=2024`)).status === 200
		);
		const health = await (await fetch(`${app.base}/api/v1/health`)).json();
		expect(health.scoring.failed).toEqual([]);
	});
});
