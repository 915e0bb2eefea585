/**
 * Exports that carry their provenance (docs/methodology.md §7): the `about` table, the `weights`
 * table under framework and data-driven weights, the codebook's weights under the method asked,
 * the method columns of `disparity`, the population of `provinces`, and the version and commit in
 * the XLSX about sheet. Through the CLI on the seeded demo, on SQLite and PostgreSQL.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { REGIONS } from '../../src/lib/server/region-reference.ts';
import { DIALECTS, type TestDatabase } from '../helpers/databases.ts';
import { demoDatabase } from '../helpers/demo-database.ts';

type Row = Record<string, string | number | null>;
const YEAR = '2024';
const VERSION = JSON.parse(readFileSync('package.json', 'utf8')).version;
const HEAD = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();

describe.each(DIALECTS)('exports that carry their provenance (%s)', (dialect) => {
	let db: TestDatabase;
	const dir = mkdtempSync(join(tmpdir(), 'himap-provenance-'));

	async function cli(...args: string[]): Promise<string> {
		let out = '';
		let err = '';
		const code = await run([...args, '--db', db.url], {
			out: (t) => void (out += t),
			err: (t) => void (err += t)
		});
		expect(code, err).toBe(0);
		return out;
	}
	const json = async (table: string, ...flags: string[]) =>
		JSON.parse(await cli('export', table, '--year', YEAR, '--format', 'json', ...flags)) as Row[];

	beforeAll(async () => {
		db = await demoDatabase(dialect);
	});
	afterAll(async () => {
		rmSync(dir, { recursive: true, force: true });
		await db?.drop();
	});

	it('about: version, commit, framework, method, round and data source, as key and value', async () => {
		const about = Object.fromEntries(
			(await json('about', '--normalise', 'minmax')).map((r) => [r.key, r.value])
		);
		expect(about).toMatchObject({
			version: VERSION,
			framework_id: 'himap-default',
			method: 'minmax/framework/arithmetic/winsorise',
			rounds: YEAR
		});
		expect(String(about.commit).replace(/\+dirty$/, '')).toBe(HEAD);
		expect(about.data).toMatch(/synthetic/);
		expect(Date.parse(String(about.generated_at))).not.toBeNaN();
	});

	it('weights: under entropy the weights the run used, shares summing to 1 under each parent', async () => {
		const framework = await json('weights');
		const entropy = await json('weights', '--weights', 'entropy');
		expect(new Set(entropy.map((r) => r.method))).toEqual(
			new Set(['goalposts/entropy/arithmetic/winsorise'])
		);
		const sums = new Map<string, number>();
		for (const r of [...framework, ...entropy]) {
			const key = `${r.method} ${r.level === 'group' ? '' : r.group} ${r.level} ${r.parent}`;
			sums.set(key, (sums.get(key) ?? 0) + Number(r.weight ?? 0));
		}
		for (const [key, sum] of sums) expect(sum, key).toBeCloseTo(1, 12);
		const indicators = (rows: Row[]) => rows.filter((r) => r.level === 'indicator');
		// Same rows, other weights: entropy's are the data's, spread over the whole dimension.
		expect(indicators(entropy).map((r) => `${r.group} ${r.item}`)).toEqual(
			indicators(framework).map((r) => `${r.group} ${r.item}`)
		);
		expect(indicators(entropy).map((r) => r.weight)).not.toEqual(indicators(framework).map((r) => r.weight));
		expect(new Set(indicators(entropy).map((r) => r.parent))).toEqual(
			new Set(['governance', 'infrastructure', 'application'])
		);
		expect(framework.every((r) => r.framework_id === 'himap-default')).toBe(true);
	});

	it('codebook: the weights used under the method asked, from the round asked', async () => {
		const entropy = await json('codebook', '--weights', 'entropy');
		const plain = await json('codebook');
		const weights = await json('weights', '--weights', 'entropy');
		const used = new Map(
			weights.filter((w) => w.level === 'indicator').map((w) => [`${w.item} ${w.group}`, w.weight])
		);
		expect(entropy.length).toBe(plain.length);
		for (const row of entropy) {
			expect(row.weight_used, `${row.indicator} ${row.group}`).toBe(
				used.get(`${row.indicator} ${row.group}`)
			);
			expect(row).toMatchObject({
				weight_round: Number(YEAR),
				method: 'goalposts/entropy/arithmetic/winsorise'
			});
		}
		expect(entropy.map((r) => r.weight_used)).not.toEqual(plain.map((r) => r.weight_used));
	});

	it('disparity names its framework and method; provinces carry the census population', async () => {
		const disparity = await json('disparity', '--normalise', 'minmax');
		expect(disparity.length).toBeGreaterThan(50);
		for (const r of disparity)
			expect(r).toMatchObject({
				framework_id: 'himap-default',
				method: 'minmax/framework/arithmetic/winsorise'
			});
		const provinces = await json('provinces');
		for (const p of provinces)
			expect(p.population, String(p.province_code)).toBe(
				REGIONS.get(`${p.province_code}0000`)?.population2020 ?? null
			);
		expect(provinces.filter((p) => typeof p.population === 'number').length).toBeGreaterThanOrEqual(31);
	});

	it('the XLSX about sheet names version, commit and the method of a table without a method column', async () => {
		const file = join(dir, 'disparity.xlsx');
		await cli(
			'export',
			'disparity',
			'--year',
			YEAR,
			'--normalise',
			'rank',
			'--format',
			'xlsx',
			'--out',
			file
		);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.readFile(file);
		const about: Record<string, unknown> = {};
		workbook.getWorksheet('about')!.eachRow((row, n) => {
			if (n > 1) about[String(row.getCell(1).value)] = row.getCell(2).value;
		});
		expect(about).toMatchObject({ version: VERSION, method: 'rank/framework/arithmetic/winsorise' });
		expect(String(about.commit).replace(/\+dirty$/, '')).toBe(HEAD);
	});
});
