/**
 * A user's own framework end to end (docs/methodology.md section 3.7): `himap score --framework`
 * checks the file (every problem listed), stores it once per version and scores under it; exports
 * read it by `--framework` and `framework=`; an import keeps its runs current like any method's.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Framework } from '../../src/lib/scoring/framework.ts';
import { openDatabase, type HimapDatabase } from '../../src/lib/server/db/connect.ts';
import { himap, publish } from '../fixtures/cli.ts';
import { buildTable, encode, toText } from '../fixtures/survey-builders.ts';
import { startApp, type AppServer } from '../helpers/app-server.ts';
import { DIALECTS, freshDatabase, type TestDatabase } from '../helpers/databases.ts';
import { waitFor } from '../helpers/wait.ts';

const DEFAULT_FILE = 'data/frameworks/himap-default-1.0.0.json';

/** The default framework as a user would start from it: another id, governance weighted twice. */
function myFramework(edit: (f: Framework) => void = () => {}): string {
	const f: Framework = JSON.parse(readFileSync(DEFAULT_FILE, 'utf8'));
	f.id = 'my-framework';
	f.dimensions[0].weight = 2;
	edit(f);
	return JSON.stringify(f, null, 2);
}

const rowsOf = (csv: string) => Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data;

describe.each(DIALECTS)('a framework of ones own (%s)', (dialect) => {
	let db: TestDatabase;
	let database: HimapDatabase;
	let dir: string;
	let app: AppServer;
	const file = (name: string, text: string | Buffer) => {
		const path = join(dir, name);
		writeFileSync(path, text);
		return path;
	};
	const importRows = async (rows: number, idPrefix: string) => {
		const table = buildTable({ template: 'regional', rows, year: 2024, idPrefix });
		const path = file(`regional-${idPrefix}.csv`, encode(toText(table)));
		expect((await himap(['import', path, '--db', db.url])).code).toBe(0);
	};
	const runOf = (frameworkId: string, version = '1.0.0') =>
		database.db
			.selectFrom('score_runs')
			.selectAll()
			.where('framework_id', '=', frameworkId)
			.where('framework_version', '=', version)
			.where('year', '=', 2024)
			.executeTakeFirst();
	beforeAll(async () => {
		db = await freshDatabase(dialect);
		dir = mkdtempSync(join(tmpdir(), 'himap-framework-'));
		await importRows(12, 'R');
		await publish(db.url, 2024);
		database = openDatabase(db.url);
	});
	afterAll(async () => {
		await app?.stop();
		await database?.close();
		await db?.drop();
		rmSync(dir, { recursive: true, force: true });
	});

	it('refuses a broken file with every problem and its path, and stores nothing', async () => {
		const broken = file(
			'broken.json',
			myFramework((f) => {
				f.dimensions[1].pillars[0].indicators[0].id = 'telepathy';
				f.dimensions[0].pillars[1].indicators[0].goalposts.county = [9, 0];
				f.stages[2].min = 10;
			})
		);
		const r = await himap(['score', '--year', '2024', '--framework', broken, '--db', db.url]);
		expect(r.code).toBe(1);
		expect(r.errLines).toEqual([
			expect.stringMatching(
				/\$\.dimensions\[0\]\.pillars\[1\]\.indicators\[0\]\.goalposts\.county: goalposts reversed/
			),
			expect.stringMatching(
				/\$\.dimensions\[1\]\.pillars\[0\]\.indicators\[0\]\.id: unknown indicator "telepathy"/
			),
			expect.stringMatching(/\$\.stages\[2\]\.min: stage cut-offs must increase/),
			`himap score: the framework has 3 problems in ${broken}; nothing was stored`
		]);
		expect(await database.db.selectFrom('frameworks').selectAll().execute()).toEqual([]);
	});

	it('scores under a framework file and stores it once per version', async () => {
		const mine = file('mine.json', myFramework());
		const r = await himap(['score', '--year', '2024', '--framework', mine, '--db', db.url]);
		expect(r.code, r.err).toBe(0);
		expect(r.out).toMatch(
			/stored framework my-framework 1\.0\.0\nscored \d+ of \d+ respondents for 2024 .* with my-framework 1\.0\.0/
		);
		expect(await runOf('my-framework')).toBeDefined();
		// The same content again (spacing aside) is a no-op; other content under the version is refused.
		const again = file('again.json', JSON.stringify(JSON.parse(myFramework())));
		expect((await himap(['framework', 'add', again, '--db', db.url])).out).toMatch(
			/stored already with this content/
		);
		const changed = file(
			'changed.json',
			myFramework((f) => (f.stages[1].min = 25))
		);
		const refused = await himap(['framework', 'add', changed, '--db', db.url]);
		expect(refused.code).toBe(1);
		expect(refused.err).toMatch(/my-framework 1\.0\.0 is stored already with other content; bump "version"/);
		const bumped = file(
			'bumped.json',
			myFramework((f) => ((f.stages[1].min = 25), (f.version = '1.1.0')))
		);
		expect((await himap(['framework', 'add', bumped, '--db', db.url])).code).toBe(0);
		const list = (await himap(['framework', 'list', '--db', db.url])).out;
		expect(
			list
				.split('\n')
				.slice(1, -1)
				.map((l) => l.split('\t').slice(0, 2).join(' '))
		).toEqual(['himap-default 1.0.0', 'my-framework 1.0.0', 'my-framework 1.1.0']);
	});

	it('exports under the chosen framework, the default otherwise', async () => {
		const exported = async (...args: string[]) => {
			const r = await himap(['export', ...args, '--db', db.url]);
			expect(r.code, r.err).toBe(0);
			return rowsOf(r.out);
		};
		const mine = await exported('provinces', '--year', '2024', '--framework', 'my-framework@1.0.0');
		const byDefault = await exported('provinces', '--year', '2024');
		expect(new Set(mine.map((p) => `${p.framework_id} ${p.framework_version}`))).toEqual(
			new Set(['my-framework 1.0.0'])
		);
		expect(new Set(byDefault.map((p) => p.framework_id))).toEqual(new Set(['himap-default']));
		// Same dimension scores; the composite weighs governance twice.
		const p = mine[0];
		const d = byDefault.find((q) => q.province_code === p.province_code)!;
		expect(Number(p.governance)).toBeCloseTo(Number(d.governance), 10);
		const [g, i, a] = ['governance', 'infrastructure', 'application'].map((k) => Number(p[k]));
		expect(Number(p.composite)).toBeCloseTo((2 * g + i + a) / 4, 8);
		expect(Number(d.composite)).not.toBeCloseTo(Number(p.composite), 8);
		// A bare id is its newest version: 1.1.0, scored first since no run of it exists yet.
		const newest = await exported('respondents', '--year', '2024', '--framework', 'my-framework');
		expect(new Set(newest.map((r) => r.framework_version))).toEqual(new Set(['1.1.0']));
		const codebook = await exported('codebook', '--framework', 'my-framework@1.0.0');
		expect(
			new Set(codebook.filter((c) => c.dimension === 'governance').map((c) => c.dimension_weight))
		).toEqual(new Set(['2']));
		expect(new Set(codebook.map((c) => c.framework_id))).toEqual(new Set(['my-framework']));
		const about = await exported('about', '--year', '2024', '--framework', 'my-framework@1.0.0');
		const said = (key: string) => about.find((r) => r.key === key)?.value;
		expect([said('framework_id'), said('framework_version')]).toEqual(['my-framework', '1.0.0']);
		// The workbook's codebook sheet is the chosen framework's too.
		const out = join(dir, 'provinces.xlsx');
		const xlsx = ['export', 'provinces', '--year', '2024', '--framework', 'my-framework@1.0.0'];
		expect((await himap([...xlsx, '--format', 'xlsx', '--out', out, '--db', db.url])).code).toBe(0);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.readFile(out);
		const sheet = workbook.getWorksheet('codebook')!;
		const header = sheet.getRow(1).values as string[];
		const column = (name: string) => sheet.getColumn(header.indexOf(name)).values.slice(2);
		expect(new Set(column('framework_id'))).toEqual(new Set(['my-framework']));
		const missing = await himap(['export', 'provinces', '--framework', 'nope', '--db', db.url]);
		expect(missing.code).toBe(2);
		expect(missing.err).toMatch(/no framework nope is stored; `himap framework list`/);
	});

	it("keeps a stored framework's runs current when new responses arrive", async () => {
		const before = (await runOf('my-framework'))!;
		await importRows(4, 'S');
		const after = (await runOf('my-framework'))!;
		expect(after.id).not.toBe(before.id);
		expect(after.respondents).toBe(before.respondents + 4);
	});

	it('serves framework= on the HTTP export, 404 for one not stored, 400 for a malformed one', async () => {
		app = await startApp(db);
		const get = (query: string) => fetch(`${app.base}/api/v1/export/provinces?year=2024&${query}`);
		const mine = await get('framework=my-framework@1.0.0');
		expect(mine.status).toBe(200);
		expect(mine.headers.get('himap-framework')).toBe('my-framework 1.0.0');
		expect(new Set(rowsOf(await mine.text()).map((p) => p.framework_id))).toEqual(new Set(['my-framework']));
		const codebook = await fetch(
			`${app.base}/api/v1/export/codebook?framework=my-framework@1.1.0&format=json`
		);
		expect(
			new Set((await codebook.json()).map((c: { framework_version: string }) => c.framework_version))
		).toEqual(new Set(['1.1.0']));
		const missing = await get('framework=nope');
		expect(missing.status).toBe(404);
		expect(missing.headers.get('content-type')).toMatch(/problem\+json/);
		expect((await missing.json()).detail).toMatch(/no framework nope is stored/);
		expect((await get('framework=Bad%20Name')).status).toBe(400);
	});

	it('shows a stored framework on the dashboard, and has the background runner score one not yet scored', async () => {
		const page = (framework: string) =>
			fetch(`${app.base}/?year=2024&lang=en&framework=${framework}`).then((r) => r.text());
		const mine = await page('my-framework@1.0.0');
		expect(mine).toContain('my-framework 1.0.0');
		expect(mine).toMatch(/<option value="my-framework@1\.1\.0"/);
		const later = file(
			'later.json',
			myFramework((f) => (f.version = '1.2.0'))
		);
		expect((await himap(['framework', 'add', later, '--db', db.url])).code).toBe(0);
		// Not scored yet: the default is shown, the page says so, and nothing is scored on the request.
		const waiting = await page('my-framework@1.2.0');
		expect(waiting).toMatch(
			/Scores under framework my-framework@1\.2\.0 for 2024 are being (prepared|computed)/
		);
		expect(waiting).toContain('himap-default 1.0.0');
		await waitFor('the background runner to score my-framework 1.2.0', () => runOf('my-framework', '1.2.0'));
		await waitFor('the page to show my-framework 1.2.0', async () =>
			(await page('my-framework@1.2.0')).includes('my-framework 1.2.0')
		);
		expect(await page('nope')).toContain('There is no stored framework nope');
	});
});
