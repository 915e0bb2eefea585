/** The real `himap` binary, as a clerk runs it: exit codes, output streams, files written. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'himap-cli-'));
const db = `sqlite:${join(dir, 'himap.db')}`;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function himap(...args: string[]) {
	try {
		const { stdout, stderr } = await exec(process.execPath, ['bin/himap.js', ...args], {
			env: { ...process.env, DATABASE_URL: '' }
		});
		return { code: 0, stdout, stderr };
	} catch (e) {
		const err = e as { code: number; stdout: string; stderr: string };
		return { code: err.code, stdout: err.stdout, stderr: err.stderr };
	}
}

const HEADER_ZH =
	'年度,机构代码,机构名称,行政区划代码,层级,区域平台建成,全员人口信息库,电子健康档案库,电子病历库,云计算,大数据,物联网,移动互联网,人工智能,信息化人员数,安全管理制度,等级保护测评';
const ROWS = [
	'2024,R440000,广东省卫生健康委员会,440000,省级,是,是,是,是,是,是,否,是,否,21,是,是',
	'2024,R440100,"广州市卫生健康委员会,市直",440100,地市级,是,否,是,否,否,否,否,否,否,8,是,否',
	'2024,R440106,天河区卫生健康局,440106,县级,否,否,是,否,否,否,否,否,否,3,是,否',
	'2024,R440105,海珠区卫生健康局,440105,县级,否,否,否,否,否,否,否,否,否,2,否,否',
	'2024,R440104,越秀区卫生健康局,440104,县级,也许,否,否,否,否,否,否,否,否,2,否,否'
];
const gbFile = (name: string, rows: string[]) => {
	const path = join(dir, name);
	writeFileSync(path, iconv.encode([HEADER_ZH, ...rows].join('\r\n') + '\r\n', 'gb18030'));
	return path;
};

describe('himap (the binary)', () => {
	it('prints usage and exits 2 without a command; --help exits 0', async () => {
		expect((await himap()).code).toBe(2);
		const help = await himap('import', '--help');
		expect(help.code).toBe(0);
		expect(help.stdout).toMatch(/--dry-run/);
	});

	it('rejects a file with a non-boolean in row 5, naming row and column, and stores nothing', async () => {
		const bad = await himap('import', gbFile('bad.csv', ROWS), '--db', db);
		expect(bad.code).toBe(1);
		expect(bad.stderr).toMatch(/^row 6, column 区域平台建成: "也许" is not a yes\/no value/m);
		expect(bad.stderr).toMatch(/nothing was stored/);
		const subs = await himap('export', 'submissions', '--db', db);
		expect(subs.stdout.trim().split('\n')).toHaveLength(1);
	});

	it('stores a GB18030 file with Chinese headers and reports it in one line', async () => {
		const ok = await himap('import', gbFile('good.csv', ROWS.slice(0, 4)), '--db', db);
		expect(ok.code).toBe(0);
		expect(ok.stdout.trim()).toMatch(
			/^stored 4 regional respondents for 2024 \(4 new, 0 superseded\) from good\.csv; encoding gb18030; submission #\d+$/
		);
	});

	it('exports rates to a file with --out, and JSON to stdout', async () => {
		const out = join(dir, 'rates.csv');
		expect((await himap('export', 'rates', '--year', '2024', '--out', out, '--db', db)).code).toBe(0);
		const csv = readFileSync(out, 'utf8');
		expect(csv.split('\r\n')[0]).toBe(
			'year,survey,group,indicator,numerator,denominator,percent,ci_lower,ci_upper,confidence'
		);
		expect(csv).toContain('2024,regional,county,platform_built,0,2,0.0');
		expect(csv).toContain('2024,regional,all,ehrd_built,3,4,75.0');
		const json = JSON.parse((await himap('export', 'rates', '--format', 'json', '--db', db)).stdout);
		expect(json[0]).toEqual({
			year: 2024,
			survey: 'regional',
			group: 'provincial',
			indicator: 'platform_built',
			numerator: 1,
			denominator: 1,
			percent: 100,
			// R: prop.test(1, 1, correct = FALSE)$conf.int * 100
			ci_lower: expect.closeTo(20.65493143772375, 10),
			ci_upper: 100,
			confidence: 0.95
		});
	});

	it.each([
		[['import', join(dir, 'missing.csv')], /no such file/],
		[['import', 'x.csv', '--bogus'], /Unknown option '--bogus'/],
		[['export', 'nonsense'], /unknown table "nonsense"/],
		[['export', 'rates', '--year', '24'], /--year must be a year/],
		[
			['export', 'rates', '--format', 'xlsx'],
			/--format xlsx writes a binary workbook: give --out file\.xlsx/
		],
		[['export', 'rates', '--format', 'xls'], /--format must be one of csv, json, xlsx, not "xls"/],
		[
			['export', 'rates', '--out', join(dir, 'no', 'such', 'rates.csv')],
			/the directory of --out .* does not exist/
		],
		[['frobnicate'], /unknown command/]
	])('exits 2 with a one-line hint for %j', async (args, message) => {
		const r = await himap(...args);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(message);
	});
});
