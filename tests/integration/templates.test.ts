/**
 * The survey templates clerks download (GET /templates/<template>.<csv|xlsx>), through real HTTP
 * against the built app, on SQLite and PostgreSQL: the CSV starts with a BOM and, one row filled
 * in, imports through the real import path as its template; the XLSX opens in a real reader
 * (exceljs) with a drop-down on every coded column, a range on every numeric one and a guide
 * row per column; a signed-in county clerk's commission template has its region filled in, and
 * nobody else's does (the page cache must not hand it on).
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSurveyBytes } from '../../src/lib/server/import-service.ts';
import { templateGuide, type GuideLanguage } from '../../src/lib/survey/template-guide.ts';
import { TEMPLATES, type TemplateId } from '../../src/lib/survey/templates.ts';
import { DIALECTS } from '../helpers/databases.ts';
import { appWithUsers, type AppWithUsers } from '../helpers/form-client.ts';
const CASES = (['regional', 'hospital'] as const).flatMap((id) =>
	(['zh', 'en'] as const).map((language) => [id, language] as const)
);
const LANG = { zh: 'zh-CN', en: 'en' } as const;

/** The bytes as text, a BOM kept (TextDecoder drops it unless told). */
const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

/** A column letter: 1 → A (the templates have fewer than 27 columns). */
const letter = (n: number) => String.fromCharCode(64 + n);

describe.each(DIALECTS)('survey templates (%s)', (dialect) => {
	let setup: AppWithUsers;
	let countyClerk = '';

	const get = (path: string, cookie?: string) => setup.web.get(path, { cookie });
	const download = async (
		id: TemplateId,
		format: 'csv' | 'xlsx',
		language: GuideLanguage,
		cookie?: string
	) => {
		const r = await get(`/templates/${id}.${format}?lang=${LANG[language]}`, cookie);
		expect(r.status).toBe(200);
		expect(r.headers.get('content-disposition')).toBe(
			`attachment; filename="${id}-template-${language}.${format}"`
		);
		expect(r.headers.get('cache-control')).not.toMatch(/public/);
		// `lang` picks the headers' language; the site's own stays as it was.
		expect(r.headers.get('set-cookie') ?? '').not.toContain('himap_lang');
		return { response: r, bytes: new Uint8Array(await r.arrayBuffer()) };
	};
	const workbook = async (bytes: Uint8Array) => {
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
		return book;
	};

	beforeAll(async () => {
		setup = await appWithUsers(dialect, [['dc-clerk', 'submitter', '110101']]);
		countyClerk = await setup.web.signIn('dc-clerk');
	});
	afterAll(async () => {
		await setup?.stop();
	});

	it.each(CASES)(
		'%s CSV (%s): BOM, header, and with the guide’s example row it imports',
		async (id, language) => {
			const { response, bytes } = await download(id, 'csv', language);
			expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
			expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
			const text = decode(bytes);
			const columns = TEMPLATES[id].columns;
			expect(text).toBe(`\uFEFF${columns.map((c) => (language === 'en' ? c.name : c.zh)).join(',')}\r\n`);

			const example = templateGuide(id, language).map((g) => g.example);
			const filled = new TextEncoder().encode(`${text}${example.join(',')}\r\n`);
			const result = await importSurveyBytes(setup.database, filled, {
				fileName: `${id}-${language}.csv`,
				submittedBy: 'templates-test'
			});
			expect(result.ok, JSON.stringify(result)).toBe(true);
			if (result.ok) {
				expect(result.summary.template).toBe(id);
				expect(result.summary.rows).toBe(1);
			}
		}
	);

	it.each(CASES)(
		'%s XLSX (%s): drop-downs, ranges, frozen header and a guide row per column',
		async (id, language) => {
			const { response, bytes } = await download(id, 'xlsx', language);
			expect(response.headers.get('content-type')).toBe(
				'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
			);
			const book = await workbook(bytes);
			expect(book.worksheets.map((s) => s.name)).toEqual([
				language === 'en' ? 'data' : '数据',
				'说明／guide'
			]);
			const [data, guideSheet] = book.worksheets;
			const columns = TEMPLATES[id].columns;
			const guide = templateGuide(id, language);
			expect(data.getRow(1).values).toEqual([undefined, ...guide.map((g) => g.header)]);
			expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
			expect(data.rowCount).toBe(1);

			const validations = (
				data as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
			).dataValidations.model;
			columns.forEach((column, i) => {
				// The first and the last row a clerk may fill carry the rule.
				for (const row of [2, 5001]) {
					const v = validations[`${letter(i + 1)}${row}`];
					const kind = column.type.kind;
					if (kind === 'boolean' || kind === 'ordinal' || kind === 'choice') {
						expect(v?.type, `${column.name} ${row}`).toBe('list');
						const rule = guide[i].rule;
						expect(v?.formulae).toEqual([`"${rule.kind === 'list' ? rule.values.join(',') : ''}"`]);
					} else if (kind === 'integer') {
						expect(v).toMatchObject({ type: 'whole', formulae: [column.type.min, column.type.max] });
					} else if (kind === 'percent') {
						expect(v).toMatchObject({ type: 'decimal', formulae: [0, 100] });
					} else {
						expect(v?.type, column.name).toBe('textLength');
					}
				}
			});
			const yesNo = columns.findIndex((c) => c.type.kind === 'boolean');
			expect(validations[`${letter(yesNo + 1)}2`].formulae).toEqual([
				language === 'en' ? '"yes,no"' : '"是,否"'
			]);

			const listed: string[] = [];
			guideSheet.eachRow((row, n) => {
				if (n > 1 && columns.some((c) => c.name === row.getCell(1).value))
					listed.push(String(row.getCell(1).value));
			});
			expect(listed).toEqual(columns.map((c) => c.name));
			const yearRow = guideSheet.getRow(2).values as unknown[];
			expect(yearRow.slice(1)).toEqual([
				'year',
				guide[0].header,
				guide[0].meaning,
				guide[0].unit,
				guide[0].allowed,
				language === 'en' ? 'yes' : '是',
				'2024'
			]);
		}
	);

	it('fills a county clerk’s region into the commission template, only for that clerk', async () => {
		const csv = decode((await download('regional', 'csv', 'zh', countyClerk)).bytes);
		const lines = csv.split('\r\n');
		expect(lines).toHaveLength(3);
		const row = lines[1].split(',');
		const names = TEMPLATES.regional.columns.map((c) => c.name);
		expect(row).toHaveLength(names.length);
		expect(row[names.indexOf('region_code')]).toBe('110101');
		expect(row[names.indexOf('level')]).toBe('县级');
		expect(row.filter((v) => v !== '')).toHaveLength(2);

		const { response, bytes } = await download('regional', 'xlsx', 'en', countyClerk);
		expect(response.headers.get('cache-control')).toBe('private, no-store');
		const [data, guide] = (await workbook(bytes)).worksheets;
		expect(data.getCell(`${letter(names.indexOf('region_code') + 1)}2`).value).toBe('110101');
		expect(data.getCell(`${letter(names.indexOf('level') + 1)}2`).value).toBe('county');
		const regionRow = names.indexOf('region_code') + 2;
		expect(String(guide.getRow(regionRow).getCell(5).value)).toContain('110101 Dongcheng District');

		// Hospitals: no row (one clerk files for many), but the guide names the codes the clerk may use.
		const hospitalCsv = decode((await download('hospital', 'csv', 'zh', countyClerk)).bytes);
		expect(hospitalCsv.split('\r\n')).toHaveLength(2);
		const hospitalGuide = (await workbook((await download('hospital', 'xlsx', 'zh', countyClerk)).bytes))
			.worksheets[1];
		expect(String(hospitalGuide.getRow(regionRow).getCell(5).value)).toContain('110101 东城区');

		// The same address asked anonymously afterwards: the blank template, not the clerk's.
		const blank = decode((await download('regional', 'csv', 'zh')).bytes);
		expect(blank.split('\r\n')).toHaveLength(2);
		const blankGuide = (await workbook((await download('regional', 'xlsx', 'en')).bytes)).worksheets[1];
		expect(String(blankGuide.getRow(regionRow).getCell(5).value)).not.toContain('110101');
	});

	it('answers 404 for a template or format it does not have', async () => {
		for (const path of ['/templates/province.csv', '/templates/regional.json', '/templates/regional'])
			expect((await get(path)).status, path).toBe(404);
	});
});
