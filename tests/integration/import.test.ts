/**
 * `himap import` end to end, on a real SQLite file and a real PostgreSQL database: encodings,
 * header spellings, RFC 4180 quoting, value normalisation, missing values, supersede with history,
 * dry runs, explicit templates, concurrent imports, all-or-nothing, and the `rates` export checked
 * against a tally computed here from the file itself.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { wilsonPercent } from '../../src/lib/analysis/wilson.ts';
import { himap } from '../fixtures/cli.ts';
import {
	booleanColumnNames,
	buildTable,
	CONTRACT_COLUMNS,
	set,
	toBytes,
	toLines,
	type SerialiseOptions,
	type FileEncoding,
	type SurveyTable
} from '../fixtures/survey-builders.ts';
import { queryRows, tableChecksum } from '../helpers/checksum.ts';
import { DIALECTS, freshDatabase, type TestDatabase } from '../helpers/databases.ts';

// ── what the contract says a file's cells become, computed independently of the app ──────────

const fold = (s: string) =>
	s
		.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
		.replace(/\u3000/g, ' ')
		.trim();
const BOOL: Record<string, number> = {
	yes: 1,
	y: 1,
	true: 1,
	'1': 1,
	是: 1,
	有: 1,
	no: 0,
	n: 0,
	false: 0,
	'0': 0,
	否: 0,
	无: 0
};
const INTEROP: Record<string, number> = {
	'0': 0,
	'1': 1,
	一级: 1,
	'2': 2,
	二级: 2,
	'3': 3,
	三级: 3,
	'4B': 4,
	四级乙等: 4,
	'4A': 5,
	四级甲等: 5,
	'5B': 6,
	五级乙等: 6,
	'5A': 7,
	五级甲等: 7
};
const GROUP: Record<string, string> = {
	省级: 'provincial',
	地市级: 'municipal',
	县级: 'county',
	三级: 'tertiary',
	二级: 'secondary',
	其他: 'other'
};

interface StoredRow {
	year: number;
	respondent_id: string;
	survey: string;
	respondent_group: string;
	name: string;
	region_code: string;
	province_code: string;
	answers: Record<string, number>;
}

function expectedRow(table: SurveyTable, record: Record<string, string>): StoredRow {
	const answers: Record<string, number> = {};
	for (const spec of CONTRACT_COLUMNS[table.template]) {
		if (!table.columns.includes(spec.name)) continue;
		const cell = fold(record[spec.name] ?? '');
		if (cell === '') continue;
		switch (spec.kind) {
			case 'bool':
				answers[spec.name] = BOOL[cell.toLowerCase()];
				break;
			case 'pct':
				answers[spec.name] = Number(cell.replace(/\s*%$/, ''));
				break;
			case 'int':
			case 'emr':
			case 'smart':
				answers[spec.name] = Number(cell);
				break;
			case 'interop':
				answers[spec.name] = INTEROP[cell.toUpperCase()] ?? INTEROP[cell];
				break;
		}
	}
	const groupCell = fold(record[table.template === 'regional' ? 'level' : 'grade']);
	const region = fold(record.region_code);
	return {
		year: Number(fold(record.year)),
		respondent_id: fold(record.respondent_id),
		survey: table.template,
		respondent_group: GROUP[groupCell] ?? groupCell.toLowerCase(),
		name: fold(record.name),
		region_code: region,
		province_code: region.slice(0, 2),
		answers
	};
}

const expectedRows = (...tables: SurveyTable[]) =>
	tables.flatMap((t) => t.rows.map((r) => expectedRow(t, r))).sort((a, b) => key(a).localeCompare(key(b)));

const key = (r: { year: number; respondent_id: string }) => `${r.year}|${r.respondent_id}`;

interface DbResponse extends Omit<StoredRow, 'answers'> {
	id: number;
	submission_id: number;
	superseded_by: number | null;
	answers: string;
	/** The submission's answer columns: the key to the positional answers array. */
	answer_columns: string;
}

async function responses(url: string, where = 'superseded_by is null'): Promise<DbResponse[]> {
	const rows = await queryRows<DbResponse>(
		url,
		`select id, submission_id, superseded_by, year, respondent_id, survey, respondent_group, name, region_code, province_code, answers,
		   (select answer_columns from submissions s where s.id = responses.submission_id) as answer_columns
		 from responses where ${where} order by year, respondent_id, id`
	);
	return rows.map((r) => ({
		...r,
		id: Number(r.id),
		year: Number(r.year),
		submission_id: Number(r.submission_id),
		superseded_by: r.superseded_by === null ? null : Number(r.superseded_by)
	}));
}

/** Decodes the stored format by hand (zip the submission's columns with the values; null is missing). */
function decodeStored(answers: string, columns: string): Record<string, number> {
	const names = JSON.parse(columns) as string[];
	const values = JSON.parse(answers) as (number | null)[];
	expect(values).toHaveLength(names.length);
	return Object.fromEntries(names.flatMap((n, i) => (values[i] === null ? [] : [[n, values[i]]])));
}

const asStored = (rows: DbResponse[]): StoredRow[] =>
	rows
		.map(
			({
				year,
				respondent_id,
				survey,
				respondent_group,
				name,
				region_code,
				province_code,
				answers,
				answer_columns
			}) => ({
				year,
				respondent_id,
				survey,
				respondent_group,
				name,
				region_code,
				province_code,
				answers: decodeStored(answers, answer_columns)
			})
		)
		.sort((a, b) => key(a).localeCompare(key(b)));

/** The `rates` table as the contract defines it, tallied from the files' cells. */
function tallyRates(tables: SurveyTable[]): string[] {
	const tally = new Map<string, [number, number]>();
	for (const table of tables) {
		for (const record of table.rows) {
			const row = expectedRow(table, record);
			for (const indicator of booleanColumnNames(table.template)) {
				const v = row.answers[indicator];
				if (v === undefined) continue;
				for (const group of [row.respondent_group, 'all']) {
					const k = [row.year, table.template, group, indicator].join(',');
					const t = tally.get(k) ?? [0, 0];
					tally.set(k, [t[0] + v, t[1] + 1]);
				}
			}
		}
	}
	return [...tally]
		.map(
			([k, [yes, answered]]) =>
				`${k},${yes},${answered},${(Math.round((yes * 1000) / answered) / 10).toFixed(1)}`
		)
		.sort();
}

// ── the tests ──────────────────────────────────────────────────────────────────────────────

const SUMMARY =
	/^stored (\d+) (regional|hospital) respondents for ([\d, ]+) \((\d+) new, (\d+) superseded\) from (.+); encoding (utf-8|gb18030); submission #(\d+)$/;

describe.each(DIALECTS)('himap import (%s)', (dialect) => {
	let database: TestDatabase;
	let dir: string;
	let files = 0;

	beforeEach(async () => {
		database = await freshDatabase(dialect);
		dir = mkdtempSync(join(tmpdir(), 'himap-import-'));
	});
	afterEach(async () => {
		await database?.drop();
		rmSync(dir, { recursive: true, force: true });
	});

	const write = (bytes: Buffer, name = `file-${++files}.csv`) => {
		const path = join(dir, name);
		writeFileSync(path, bytes);
		return path;
	};
	const importFile = (path: string, ...flags: string[]) =>
		himap(['import', path, '--db', database.url, ...flags]);
	const importBytes = (bytes: Buffer, ...flags: string[]) => importFile(write(bytes), ...flags);
	const summary = (out: string) => {
		const m = SUMMARY.exec(out.trim());
		expect(m, out).not.toBeNull();
		const [, rows, template, years, fresh, superseded, file, encoding, submission] = m!;
		return {
			rows: Number(rows),
			template,
			years,
			new: Number(fresh),
			superseded: Number(superseded),
			file,
			encoding,
			submission: Number(submission)
		};
	};

	type Variant = {
		name: string;
		table: () => SurveyTable;
		options: SerialiseOptions & { encoding?: FileEncoding; bom?: boolean };
		gbBom?: boolean;
		encoding: string;
	};
	const VARIANTS: Variant[] = [
		{
			name: 'GB18030, Chinese headers and values, CRLF',
			table: () => buildTable({ template: 'regional', values: 'zh' }),
			options: { headers: 'zh', encoding: 'gb18030', eol: '\r\n' },
			encoding: 'gb18030'
		},
		{
			name: 'GB18030 hospital, Chinese headers, LF',
			table: () => buildTable({ template: 'hospital', values: 'zh', rows: 9 }),
			options: { headers: 'zh', encoding: 'gb18030' },
			encoding: 'gb18030'
		},
		{
			name: 'GB18030 with its own BOM (84 31 95 33), CRLF',
			table: () => buildTable({ template: 'hospital', values: 'zh' }),
			options: { headers: 'zh', encoding: 'gb18030', eol: '\r\n' },
			gbBom: true,
			encoding: 'gb18030'
		},
		{
			name: 'GB18030, English headers, Chinese only in names',
			table: () => buildTable({ template: 'hospital', rows: 3 }),
			options: { encoding: 'gb18030', eol: '\r\n' },
			encoding: 'gb18030'
		},
		{
			name: 'GB18030, 12 000 rows (several read chunks)',
			table: () => buildTable({ template: 'regional', values: 'zh', rows: 12000 }),
			options: { headers: 'zh', encoding: 'gb18030', eol: '\r\n' },
			encoding: 'gb18030'
		},
		{
			name: 'UTF-8 with BOM, Chinese headers, CRLF',
			table: () => buildTable({ template: 'regional', values: 'zh' }),
			options: { headers: 'zh', bom: true, eol: '\r\n' },
			encoding: 'utf-8'
		},
		{
			name: 'UTF-8 without BOM, Chinese headers, LF',
			table: () => buildTable({ template: 'hospital', values: 'zh' }),
			options: { headers: 'zh' },
			encoding: 'utf-8'
		},
		{
			name: 'UTF-8 with BOM, English headers, CRLF',
			table: () => buildTable({ template: 'hospital' }),
			options: { bom: true, eol: '\r\n' },
			encoding: 'utf-8'
		},
		{
			name: 'UTF-8, Chinese headers, CR-only line ends (classic Mac)',
			table: () => buildTable({ template: 'hospital', values: 'zh' }),
			options: { headers: 'zh', eol: '\r' },
			encoding: 'utf-8'
		},
		{
			name: 'plain ASCII-only English file, no final line end',
			table: () => {
				const t = buildTable({ template: 'regional' });
				t.rows.forEach((r, i) => (r.name = `Health Commission ${i}`));
				return t;
			},
			options: {},
			encoding: 'utf-8'
		}
	];

	it.each(VARIANTS)('imports $name', async (v) => {
		const table = v.table();
		let bytes = toBytes(table, v.options);
		if (v.gbBom) bytes = Buffer.concat([Buffer.from([0x84, 0x31, 0x95, 0x33]), bytes]);
		if (v.name.includes('no final line end')) bytes = bytes.subarray(0, bytes.length - 1);
		const result = await importBytes(bytes);
		expect(result.err).toBe('');
		expect(result.code).toBe(0);
		const s = summary(result.out);
		expect(s).toMatchObject({
			rows: table.rows.length,
			template: table.template,
			years: '2024',
			new: table.rows.length,
			superseded: 0,
			encoding: v.encoding
		});
		expect(asStored(await responses(database.url))).toEqual(expectedRows(table));
	});

	it('reads headers in any mix of English and Chinese, any case, with surrounding spaces', async () => {
		const table = buildTable({ template: 'regional', rows: 6 });
		const headerText: Record<string, string> = {
			year: ' YEAR ',
			respondent_id: '机构代码 ',
			name: '\u3000Name',
			region_code: 'Region_Code',
			level: ' 层级',
			platform_built: 'PLATFORM_BUILT',
			did_built: ' 全员人口信息库 ',
			tech_ai: 'Tech_AI',
			institutions_connected_pct: '机构接入率'
		};
		const result = await importBytes(toBytes(table, { headers: 'mixed', headerText }));
		expect(result.err).toBe('');
		expect(result.code).toBe(0);
		expect(asStored(await responses(database.url))).toEqual(expectedRows(table));
	});

	it('keeps quoted commas, doubled quotes and quoted line breaks in names', async () => {
		const table = buildTable({ template: 'hospital', rows: 5 });
		set(table, 2, 'name', 'Guangzhou, Tianhe "No. 1" Hospital');
		set(table, 3, 'name', '天河区\n第二人民医院');
		set(table, 4, 'name', '荔湾区\r\n中心医院, 东院');
		set(table, 5, 'name', '"引号"医院');
		for (const quoteAll of [false, true]) {
			const result = await importBytes(toBytes(table, { eol: '\r\n', quoteAll }));
			expect(result.err).toBe('');
			expect(result.code).toBe(0);
			const stored = await responses(database.url);
			expect(stored.map((r) => r.name)).toEqual([
				'Guangzhou, Tianhe "No. 1" Hospital',
				'天河区\n第二人民医院',
				'荔湾区\r\n中心医院, 东院',
				'"引号"医院',
				'天河区第5人民医院'
			]);
			expect(asStored(stored)).toEqual(expectedRows(table));
		}
	});

	it('normalises full-width digits and percent signs', async () => {
		const table = buildTable({ template: 'hospital', rows: 4 });
		set(table, 2, 'it_staff_bachelor_pct', '４５');
		set(table, 2, 'it_staff_master_pct', '45%');
		set(table, 3, 'it_staff_cs_pct', '４５．５％');
		set(table, 3, 'it_investment_pct', ' 7.25 % ');
		set(table, 4, 'it_staff', '１２');
		set(table, 4, 'year', '２０２４');
		set(table, 5, 'emr_level', '８');
		set(table, 5, 'tech_ai', 'ＹＥＳ');
		const result = await importBytes(toBytes(table));
		expect(result.err).toBe('');
		expect(result.code).toBe(0);
		const stored = asStored(await responses(database.url));
		expect(stored).toEqual(expectedRows(table));
		expect(stored[0].answers).toMatchObject({ it_staff_bachelor_pct: 45, it_staff_master_pct: 45 });
		expect(stored[1].answers).toMatchObject({ it_staff_cs_pct: 45.5, it_investment_pct: 7.25 });
		expect(stored[2]).toMatchObject({ year: 2024, answers: { it_staff: 12 } });
		expect(stored[3].answers).toMatchObject({ emr_level: 8, tech_ai: 1 });
	});

	it('accepts every spelling the contract lists and the ends of every range', async () => {
		const regional = buildTable({ template: 'regional', rows: 3 });
		// The XPCC is the 32nd provincial unit, under this project's code 660000.
		set(regional, 2, 'region_code', '660000');
		set(regional, 2, 'name', '新疆生产建设兵团卫生健康委员会');
		set(regional, 2, 'year', '2000');
		set(regional, 3, 'year', '2100');
		const words = ['yes', 'no', 'Y', 'n', 'TRUE', 'false', '1', '0', '是', '否', '有', '无'];
		const booleans = booleanColumnNames('regional');
		booleans.forEach((c, i) => {
			set(regional, 2, c, words[i % words.length]);
			set(regional, 3, c, words[(i + 5) % words.length]);
			set(regional, 4, c, words[(i + 9) % words.length]);
		});
		set(regional, 2, 'institutions_connected_pct', '0');
		set(regional, 3, 'institutions_connected_pct', '100');
		set(regional, 4, 'institutions_connected_pct', '100%');
		set(regional, 2, 'it_staff', '0');
		set(regional, 2, 'interop_level', '5a');
		set(regional, 3, 'interop_level', '四级乙等');
		set(regional, 4, 'level', '县级');
		set(regional, 3, 'level', 'MUNICIPAL');
		const hospital = buildTable({ template: 'hospital', rows: 3 });
		set(hospital, 2, 'emr_level', '0');
		set(hospital, 3, 'emr_level', '8');
		set(hospital, 2, 'smart_service_level', '0');
		set(hospital, 3, 'smart_service_level', '5');
		set(hospital, 2, 'grade', '三级');
		set(hospital, 3, 'grade', 'Secondary');
		set(hospital, 4, 'grade', '其他');
		set(hospital, 4, 'it_staff_bachelor_pct', '45.5');
		set(hospital, 4, 'it_staff_master_pct', '45.5');
		for (const table of [regional, hospital]) {
			const result = await importBytes(toBytes(table));
			expect(result.err).toBe('');
			expect(result.code).toBe(0);
		}
		const stored = asStored(await responses(database.url));
		expect(stored).toEqual(expectedRows(hospital, regional));
		const xpcc = stored.find((r) => r.region_code === '660000')!;
		expect(xpcc).toMatchObject({ year: 2000, respondent_group: 'provincial', province_code: '66' });
		expect(xpcc.answers).toMatchObject({ interop_level: 7, institutions_connected_pct: 0, it_staff: 0 });
		expect(stored.find((r) => r.year === 2100)!.answers).toMatchObject({
			interop_level: 4,
			institutions_connected_pct: 100
		});
	});

	it('stores blank optional cells as missing, never zero', async () => {
		const table = buildTable({ template: 'regional', rows: 4 });
		for (const column of [
			'institutions_connected_pct',
			'it_staff_bachelor_pct',
			'interop_level',
			'telemedicine_coverage_pct'
		]) {
			set(table, 3, column, '');
		}
		set(table, 4, 'telemedicine_coverage_pct', '  ');
		const requiredOnly = buildTable({ template: 'hospital', rows: 3, requiredOnly: true });
		expect((await importBytes(toBytes(table))).code).toBe(0);
		expect((await importBytes(toBytes(requiredOnly))).code).toBe(0);
		const stored = asStored(await responses(database.url));
		expect(stored).toEqual(expectedRows(requiredOnly, table));
		const row3 = stored.find((r) => r.respondent_id === 'R0002')!.answers;
		for (const column of [
			'institutions_connected_pct',
			'it_staff_bachelor_pct',
			'interop_level',
			'telemedicine_coverage_pct'
		]) {
			expect(row3).not.toHaveProperty(column);
		}
		expect(row3).toHaveProperty('platform_built');
		expect(stored.find((r) => r.respondent_id === 'R0003')!.answers).not.toHaveProperty(
			'telemedicine_coverage_pct'
		);
		for (const r of stored.filter((x) => x.survey === 'hospital')) {
			expect(Object.keys(r.answers)).not.toContain('smart_service_level');
			expect(Object.keys(r.answers)).not.toContain('it_staff_master_pct');
		}
	});

	it('warns about an unknown column and imports the rest', async () => {
		const table = buildTable({ template: 'hospital', rows: 3 });
		const lines = toLines(table, { headers: 'zh' }).map((l, i) =>
			i === 0 ? `${l},备注,Remarks` : `${l},第${i}行,x`
		);
		const result = await importBytes(Buffer.from(lines.join('\n') + '\n'));
		expect(result.code).toBe(0);
		expect(result.errLines).toHaveLength(2);
		expect(result.errLines[0]).toMatch(/^warning: row 1, column 备注: unknown column/);
		expect(result.errLines[1]).toMatch(/^warning: row 1, column Remarks: unknown column/);
		expect(summary(result.out).rows).toBe(3);
		expect(asStored(await responses(database.url))).toEqual(expectedRows(table));
	});

	it('supersedes a re-imported (year, respondent_id) and keeps the earlier version', async () => {
		const first = buildTable({ template: 'regional', rows: 6 });
		const second = buildTable({ template: 'regional', rows: 9 });
		second.rows = second.rows.slice(3); // R0004–R0009: three old keys, three new
		second.rows.forEach((r) => (r.name += ' (revised)'));
		const third = buildTable({ template: 'regional', rows: 4 });
		third.rows = third.rows.slice(3); // R0004 once more
		third.rows[0].platform_built = third.rows[0].platform_built === 'yes' ? 'no' : 'yes';

		const a = summary((await importBytes(toBytes(first))).out);
		expect(a).toMatchObject({ rows: 6, new: 6, superseded: 0 });
		const r2 = await importBytes(toBytes(second));
		expect(r2.code).toBe(0);
		const b = summary(r2.out);
		expect(b).toMatchObject({ rows: 6, new: 3, superseded: 3 });
		expect(r2.out).toContain('3 superseded');
		const c = summary((await importBytes(toBytes(third))).out);
		expect(c).toMatchObject({ rows: 1, new: 0, superseded: 1 });

		// Exactly one current version per key, and it is the latest.
		const current = await responses(database.url);
		expect(current).toHaveLength(9);
		expect(new Set(current.map(key)).size).toBe(9);
		expect(asStored(current)).toEqual(
			expectedRows(
				{ ...first, rows: first.rows.slice(0, 3) },
				{ ...second, rows: second.rows.slice(1) },
				third
			)
		);
		// The history of R0004: v1 superseded by b, v2 superseded by c, v3 current.
		const history = await responses(database.url, `respondent_id = 'R0004'`);
		expect(history.map((h) => [h.submission_id, h.superseded_by])).toEqual([
			[a.submission, b.submission],
			[b.submission, c.submission],
			[c.submission, null]
		]);
		expect(history[0].name).toBe(first.rows[3].name);
		expect(history[1].name).toBe(second.rows[0].name);
		// R0005 and R0006: superseded once; R0001–R0003 untouched.
		const all = await responses(database.url, '1 = 1');
		expect(all).toHaveLength(6 + 6 + 1);
		expect(all.filter((r) => r.superseded_by === b.submission).map((r) => r.respondent_id)).toEqual([
			'R0004',
			'R0005',
			'R0006'
		]);
		const groups = await queryRows<{ n: number | string }>(
			database.url,
			'select count(*) as n from responses where superseded_by is null group by year, respondent_id having count(*) > 1'
		);
		expect(groups).toHaveLength(0);
	});

	it('treats the same respondent_id in another year as a new respondent, not a duplicate', async () => {
		const y2024 = buildTable({ template: 'hospital', rows: 3 });
		expect((await importBytes(toBytes(y2024))).code).toBe(0);
		// One file holding H0001 for 2022 and 2023: valid, and it supersedes nothing from 2024.
		const older = buildTable({ template: 'hospital', rows: 2, year: 2022 });
		const y2023 = buildTable({ template: 'hospital', rows: 1, year: 2023 });
		older.rows = [older.rows[0], y2023.rows[0]];
		const result = await importBytes(toBytes(older));
		expect(result.err).toBe('');
		expect(result.code).toBe(0);
		expect(summary(result.out)).toMatchObject({ rows: 2, years: '2022, 2023', new: 2, superseded: 0 });
		const current = await responses(database.url);
		expect(current.filter((r) => r.respondent_id === 'H0001').map((r) => r.year)).toEqual([2022, 2023, 2024]);
		expect(await responses(database.url, 'superseded_by is not null')).toHaveLength(0);
	});

	it('refuses a hospital row that carries a commission’s id, naming the row, the id and what it belongs to', async () => {
		// The same key in the other survey: before this check it silently superseded the commission.
		const commission = buildTable({ template: 'regional', rows: 3 });
		expect((await importBytes(toBytes(commission))).code).toBe(0);
		const before = await tableChecksum(database.url);
		const hospital = buildTable({ template: 'hospital', rows: 4 });
		hospital.rows[2].respondent_id = 'R0001';
		const result = await importBytes(toBytes(hospital, { headers: 'zh' }));
		expect(result.code).toBe(1);
		expect(result.errLines[0]).toBe(
			`row 4, column 机构代码: respondent_id R0001 already belongs to "${commission.rows[0].name}", a provincial health commission in region 440000 (regional survey, 2024); a hospital needs an id of its own — correct the id`
		);
		expect(result.errLines.at(-1)).toMatch(/^1 error in .*; nothing was stored$/);
		expect(await tableChecksum(database.url)).toBe(before);
	});

	it('refuses a resubmission that moves a respondent to another region or level unless --allow-move, which the audit log records', async () => {
		const first = buildTable({ template: 'regional', rows: 6 });
		expect((await importBytes(toBytes(first))).code).toBe(0);
		const before = await tableChecksum(database.url);
		const moved = buildTable({ template: 'regional', rows: 6 });
		// R0003, a county commission of 天河区, resubmitted as 越秀区's; R0005's level changed.
		set(moved, 4, 'region_code', '440104');
		set(moved, 6, 'level', 'municipal');
		set(moved, 6, 'region_code', '440100');
		const refused = await importBytes(toBytes(moved));
		expect(refused.code).toBe(1);
		expect(refused.errLines[0]).toMatch(
			/^row 4, column region_code: respondent_id R0003 is "天河区卫生健康局3", a county health commission in region 440106 \(regional survey, 2024\), not region 440104; correct the row, or import with --allow-move/
		);
		expect(refused.errLines[1]).toMatch(
			/^row 6, column region_code: respondent_id R0005 is .*, not region 440100/
		);
		expect(await tableChecksum(database.url)).toBe(before);

		const allowed = await importBytes(toBytes(moved), '--allow-move');
		expect(allowed.code, allowed.err).toBe(0);
		expect(summary(allowed.out)).toMatchObject({ rows: 6, superseded: 6 });
		const current = await responses(database.url);
		expect(current.find((r) => r.respondent_id === 'R0003')!.region_code).toBe('440104');
		expect(current.find((r) => r.respondent_id === 'R0005')!.respondent_group).toBe('municipal');
		const [entry] = await queryRows<{ action: string; detail: string }>(
			database.url,
			`select action, detail from audit_log where action like '%move%'`
		);
		expect(entry.action).toBe('import+supersede+move');
		expect(JSON.parse(entry.detail).moves).toEqual([
			{
				respondent_id: 'R0003',
				year: 2024,
				from: { region_code: '440106', group: 'county' },
				to: { region_code: '440104', group: 'county' }
			},
			{
				respondent_id: 'R0005',
				year: 2024,
				from: { region_code: '440103', group: 'county' },
				to: { region_code: '440100', group: 'municipal' }
			}
		]);
	});

	it('lists at most 200 warnings and counts the rest', async () => {
		const table = buildTable({ template: 'regional', rows: 3 });
		const lines = toLines(table);
		lines[0] += Array.from({ length: 250 }, (_, i) => `,extra${i}`).join('');
		for (let i = 1; i < lines.length; i++) lines[i] += ','.repeat(250);
		const result = await importBytes(Buffer.from(lines.join('\n') + '\n'));
		expect(result.code).toBe(0);
		expect(
			result.errLines.filter((l) => /^warning: row 1, column extra\d+: unknown column/.test(l))
		).toHaveLength(200);
		expect(result.errLines).toContain('warning: … and 50 more warnings');
	});

	it('--dry-run reports exact counts and writes nothing', async () => {
		expect((await importBytes(toBytes(buildTable({ template: 'regional', rows: 6 })))).code).toBe(0);
		const before = await tableChecksum(database.url);
		const next = buildTable({ template: 'regional', rows: 8 });
		const result = await importBytes(toBytes(next, { headers: 'zh', encoding: 'gb18030' }), '--dry-run');
		expect(result.err).toBe('');
		expect(result.code).toBe(0);
		expect(result.out).toMatch(
			/^dry run: 8 regional respondents for 2024 would be stored \(2 new, 6 superseded\) from .*; encoding gb18030; nothing was written\n$/
		);
		expect(await tableChecksum(database.url)).toBe(before);
		// A dry run of a bad file: exit 1, still nothing written.
		const bad = await importBytes(toBytes(set(next, 4, 'did_built', 'maybe')), '--dry-run');
		expect(bad.code).toBe(1);
		expect(bad.errLines[0]).toMatch(/^row 4, column did_built: /);
		expect(await tableChecksum(database.url)).toBe(before);
	});

	it('--template names the template explicitly', async () => {
		const regional = buildTable({ template: 'regional', rows: 3 });
		const ok = await importBytes(toBytes(regional), '--template', 'regional');
		expect(ok.code).toBe(0);
		expect(summary(ok.out).template).toBe('regional');
		// A hospital file that also carries a `level` column cannot be detected, but can be named.
		const hospital = buildTable({ template: 'hospital', rows: 3 });
		const lines = toLines(hospital).map((l, i) => (i === 0 ? `${l},level` : `${l},county`));
		const path = write(Buffer.from(lines.join('\r\n') + '\r\n'));
		const detected = await importFile(path);
		expect(detected.code).toBe(1);
		expect(detected.errLines[0]).toMatch(/^row 1: cannot tell the template/);
		const named = await importFile(path, '--template', 'hospital');
		expect(named.code).toBe(0);
		expect(named.errLines).toEqual([
			expect.stringMatching(/^warning: row 1, column level: unknown column for the hospital template/)
		]);
		expect(summary(named.out)).toMatchObject({ template: 'hospital', rows: 3 });
		expect(asStored(await responses(database.url))).toEqual(expectedRows(hospital, regional));
	});

	it('runs two concurrent imports with overlapping keys one after the other', async () => {
		const rows = 3000;
		const a = buildTable({ template: 'hospital', rows });
		a.rows.forEach((r) => (r.name = `A ${r.name}`));
		const b = buildTable({ template: 'hospital', rows: rows + rows / 2 });
		b.rows = b.rows.slice(rows / 2); // H1501–H4500: 1500 keys shared with a
		b.rows.forEach((r) => (r.name = `B ${r.name}`));
		const pathA = write(toBytes(a), 'a.csv');
		const pathB = write(toBytes(b, { headers: 'zh', encoding: 'gb18030' }), 'b.csv');
		// A database in use already (migrated, holding another survey): the race under test is the imports'.
		expect((await importBytes(toBytes(buildTable({ template: 'regional', rows: 3 })))).code).toBe(0);
		const [ra, rb] = await Promise.all([importFile(pathA), importFile(pathB)]);
		expect(ra.err + rb.err).toBe('');
		expect([ra.code, rb.code]).toEqual([0, 0]);
		const sa = summary(ra.out);
		const sb = summary(rb.out);
		expect([sa.superseded, sb.superseded].sort((x, y) => x - y)).toEqual([0, rows / 2]);
		const [earlier, later] = sa.superseded === 0 ? [sa, sb] : [sb, sa];

		const all = await responses(database.url, `survey = 'hospital'`);
		expect(all).toHaveLength(rows * 2);
		// Every row of each file belongs to that file's one submission.
		expect(all.filter((r) => r.submission_id === sa.submission).every((r) => r.name.startsWith('A '))).toBe(
			true
		);
		expect(all.filter((r) => r.submission_id === sa.submission)).toHaveLength(rows);
		expect(all.filter((r) => r.submission_id === sb.submission).every((r) => r.name.startsWith('B '))).toBe(
			true
		);
		expect(all.filter((r) => r.submission_id === sb.submission)).toHaveLength(rows);
		// One current version per key; the shared keys all come from the later import, none mixed.
		const current = all.filter((r) => r.superseded_by === null);
		expect(current).toHaveLength(rows * 1.5);
		expect(new Set(current.map(key)).size).toBe(rows * 1.5);
		const shared = new Set(
			b.rows.filter((r) => Number(r.respondent_id.slice(1)) <= rows).map((r) => r.respondent_id)
		);
		expect(shared.size).toBe(rows / 2);
		const sharedCurrent = current.filter((r) => shared.has(r.respondent_id));
		expect(new Set(sharedCurrent.map((r) => r.submission_id))).toEqual(new Set([later.submission]));
		const superseded = all.filter((r) => r.superseded_by !== null);
		expect(superseded).toHaveLength(rows / 2);
		expect(
			superseded.every(
				(r) =>
					r.submission_id === earlier.submission &&
					r.superseded_by === later.submission &&
					shared.has(r.respondent_id)
			)
		).toBe(true);
	});

	it('leaves earlier good data intact when a later file is rejected', async () => {
		const regional = buildTable({ template: 'regional', rows: 6 });
		const hospital = buildTable({ template: 'hospital', rows: 6 });
		expect((await importBytes(toBytes(regional))).code).toBe(0);
		expect((await importBytes(toBytes(hospital, { headers: 'zh', encoding: 'gb18030' }))).code).toBe(0);
		const before = await tableChecksum(database.url);
		const rates = await himap(['export', 'rates', '--db', database.url]);
		expect(rates.code).toBe(0);

		// Valid for its first 4 999 rows (several write batches, superseding the good data), bad in the last.
		const big = buildTable({ template: 'hospital', rows: 5000 });
		set(big, 5001, 'emr_level', '9');
		const result = await importBytes(toBytes(big));
		expect(result.code).toBe(1);
		expect(result.errLines[0]).toMatch(/^row 5001, column emr_level: "9" is out of range/);
		expect(result.out).toBe('');

		expect(await tableChecksum(database.url)).toBe(before);
		expect(asStored(await responses(database.url))).toEqual(expectedRows(regional, hospital));
		expect((await himap(['export', 'rates', '--db', database.url])).out).toBe(rates.out);
	});

	it('export rates matches a tally of the file (current versions only)', async () => {
		const regional = buildTable({ template: 'regional', rows: 6 });
		const hospital = buildTable({ template: 'hospital', rows: 16, values: 'zh' });
		// Known shares: tech_ai 1 of 16 (6.25 → 6.3, half up), tech_iot 3 of 16 (18.75 → 18.8).
		for (let row = 2; row <= 17; row++) {
			set(hospital, row, 'tech_ai', row === 2 ? '是' : '否');
			set(hospital, row, 'tech_iot', row <= 4 ? '有' : '无');
		}
		// An earlier, all-"no" version of the regional file, superseded below: it must not count.
		const stale = buildTable({ template: 'regional', rows: 6 });
		for (const r of stale.rows) for (const c of booleanColumnNames('regional')) r[c] = 'no';
		for (const [table, options] of [
			[stale, {}],
			[regional, {}],
			[hospital, { headers: 'zh', encoding: 'gb18030' }]
		] as const) {
			const result = await importBytes(
				toBytes(table, options as SerialiseOptions & { encoding?: FileEncoding })
			);
			expect(result.code).toBe(0);
		}
		const expected = tallyRates([regional, hospital]);
		expect(expected).toContain('2024,hospital,all,tech_ai,1,16,6.3');
		expect(expected).toContain('2024,hospital,all,tech_iot,3,16,18.8');

		const csv = await himap(['export', 'rates', '--db', database.url]);
		expect(csv.code).toBe(0);
		const lines = csv.out.split('\r\n');
		expect(lines[0]).toBe(
			'year,survey,group,indicator,numerator,denominator,percent,ci_lower,ci_upper,confidence'
		);
		expect(lines.at(-1)).toBe('');
		// The contract's seven columns, then the Wilson interval of the same counts (wilson.test.ts checks it against R).
		const cells = lines.slice(1, -1).map((l) => l.split(','));
		expect(cells.map((c) => c.slice(0, 7).join(',')).sort()).toEqual(expected);
		for (const c of cells) {
			const ci = wilsonPercent(Number(c[4]), Number(c[5]))!;
			expect([Number(c[7]), Number(c[8]), c[9]]).toEqual([ci.lower, ci.upper, '0.95']);
		}

		const json = await himap(['export', 'rates', '--format', 'json', '--db', database.url]);
		expect(json.code).toBe(0);
		const objects = JSON.parse(json.out) as Record<string, unknown>[];
		expect(objects.map((o) => Object.keys(o))).toEqual(objects.map(() => lines[0].split(',')));
		expect(
			objects
				.map(
					(o) =>
						`${o.year},${o.survey},${o.group},${o.indicator},${o.numerator},${o.denominator},${(o.percent as number).toFixed(1)}`
				)
				.sort()
		).toEqual(expected);
	});
});
