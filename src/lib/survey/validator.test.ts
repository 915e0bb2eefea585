import { describe, expect, it } from 'vitest';
import { resolveHeader } from './header.ts';
import { createRegionIndex, type RegionRecord } from './regions.ts';
import { answerColumnNames, REGIONAL } from './templates.ts';
import { decodeAnswers } from './answers-codec.ts';
import { SurveyValidator } from './validator.ts';

const answersOf = (text: string) => decodeAnswers(text, answerColumnNames(REGIONAL));

const REGIONS = createRegionIndex([
	{ code: '440000', name: '广东省', level: 'province', parent: null },
	{ code: '440100', name: '广州市', level: 'prefecture', parent: '440000' },
	{ code: '440106', name: '天河区', level: 'county', parent: '440100' }
] satisfies RegionRecord[]);

const REGIONAL_HEADER =
	'year,respondent_id,name,region_code,level,platform_built,did_built,ehrd_built,emrd_built,tech_cloud,tech_bigdata,tech_iot,tech_mobile,tech_ai,it_staff,security_system,mlps_evaluated,interop_level,it_staff_bachelor_pct'.split(
		','
	);
const regionalRow = (over: Record<string, string> = {}) => {
	const base: Record<string, string> = {
		year: '2024',
		respondent_id: 'R1',
		name: '广州市卫生健康委员会',
		region_code: '440100',
		level: 'municipal',
		platform_built: 'yes',
		did_built: 'no',
		ehrd_built: '是',
		emrd_built: '否',
		tech_cloud: '1',
		tech_bigdata: '0',
		tech_iot: 'y',
		tech_mobile: 'n',
		tech_ai: 'TRUE',
		it_staff: '８',
		security_system: '有',
		mlps_evaluated: '无',
		interop_level: '四级甲等',
		it_staff_bachelor_pct: '45%'
	};
	return REGIONAL_HEADER.map((c) => over[c] ?? base[c]);
};

function validator(header = REGIONAL_HEADER) {
	const result = resolveHeader(header);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return new SurveyValidator(result.plan, REGIONS);
}

describe('resolveHeader', () => {
	it('takes English and Chinese names in any mix, case and spaces ignored', () => {
		const header = [
			' YEAR ',
			'机构代码',
			'Name',
			' 行政区划代码',
			'grade',
			'信息化人员数',
			'Security_System',
			'等级保护测评',
			'hospital_platform',
			'临床数据中心',
			'regional_connected',
			'云计算',
			'大数据',
			'物联网',
			'移动互联网',
			'人工智能',
			'emr_level',
			'互联网医院',
			'远程医疗',
			'extra'
		];
		const result = resolveHeader(header);
		expect(result.ok && result.plan.template.id).toBe('hospital');
		expect(result.ok && result.plan.warnings.map((w) => w.column)).toEqual(['extra']);
	});
	it.each([
		[['year', 'respondent_id'], /cannot tell the template/],
		[[...REGIONAL_HEADER, 'grade'], /cannot tell the template/],
		[REGIONAL_HEADER.filter((c) => c !== 'tech_ai'), /required column tech_ai \(人工智能\) is missing/],
		[
			[...REGIONAL_HEADER, '年度'],
			/column year \(年度\) appears twice, as "year" \(column 1\) and "年度" \(column 20\)/
		]
	])('rejects header %#', (header, message) => {
		const result = resolveHeader(header);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.errors.map((e) => e.message).join('\n')).toMatch(message);
	});
	it('follows an explicit template over detection', () => {
		expect(resolveHeader(REGIONAL_HEADER, 'hospital').ok).toBe(false);
	});
});

describe('SurveyValidator', () => {
	it('stores a clean row with every spelling normalised', () => {
		const v = validator();
		const row = v.row(regionalRow(), 2);
		expect(v.errors).toEqual([]);
		expect(row).toMatchObject({
			year: 2024,
			respondentId: 'R1',
			regionCode: '440100',
			provinceCode: '44',
			group: 'municipal'
		});
		expect(answersOf(row!.answers)).toEqual({
			platform_built: 1,
			did_built: 0,
			ehrd_built: 1,
			emrd_built: 0,
			tech_cloud: 1,
			tech_bigdata: 0,
			tech_iot: 1,
			tech_mobile: 0,
			tech_ai: 1,
			it_staff: 8,
			security_system: 1,
			mlps_evaluated: 0,
			interop_level: 5,
			it_staff_bachelor_pct: 45
		});
	});
	it('keeps a blank optional cell missing, not zero', () => {
		const row = validator().row(regionalRow({ interop_level: '', it_staff_bachelor_pct: ' ' }), 2);
		expect(answersOf(row!.answers)).not.toHaveProperty('interop_level');
		expect(answersOf(row!.answers)).not.toHaveProperty('it_staff_bachelor_pct');
	});
	it.each([
		[{ platform_built: 'maybe' }, 'platform_built', /"maybe" is not a yes\/no value/],
		[{ platform_built: '' }, 'platform_built', /required value is missing/],
		[{ it_staff_bachelor_pct: '101' }, 'it_staff_bachelor_pct', /above 100/],
		[{ it_staff: '3.5' }, 'it_staff', /whole number/],
		[{ year: '1999' }, 'year', /2000 to 2100/],
		[{ respondent_id: 'R 1' }, 'respondent_id', /A–Z/],
		[{ region_code: '999999' }, 'region_code', /999999 is not in the region reference/],
		[{ region_code: '440106' }, 'region_code', /does not fit level municipal/],
		[{ level: 'provincial' }, 'region_code', /does not fit level provincial/],
		[{ level: 'national' }, 'level', /provincial\/省级/],
		[{ interop_level: '6A' }, 'interop_level', /not a known grade/],
		[{ name: '医院\uFFFD' }, 'name', /not text in the file’s encoding/]
	])('reports %j in column %s', (over, column, message) => {
		const v = validator();
		expect(v.row(regionalRow(over), 7)).toBeNull();
		expect(v.errors).toHaveLength(1);
		expect(v.errors[0]).toMatchObject({ row: 7, column });
		expect(v.errors[0].message).toMatch(message);
	});
	it('reports every bad cell of a row, and counts past the cap', () => {
		const v = validator();
		v.row(regionalRow({ platform_built: 'x', it_staff: '-1' }), 2);
		expect(v.errors.map((e) => e.column)).toEqual(['platform_built', 'it_staff']);
		for (let r = 3; r < 400; r++) v.row(regionalRow({ tech_ai: '?' }), r);
		expect(v.errors).toHaveLength(200);
		expect(v.errorCount).toBe(399);
	});
	it('groups the same mistake on 500,000 rows into one group, counting every one', () => {
		const v = validator();
		const row = regionalRow({ platform_built: 'maybe' });
		for (let r = 2; r <= 500_001; r++) v.row(row, r);
		expect(v.errorCount).toBe(500_000);
		expect(v.errors).toHaveLength(200);
		expect(v.groups()).toEqual([
			{
				code: 'not-boolean',
				column: 'platform_built',
				value: 'maybe',
				params: {},
				message: v.errors[0].message,
				rows: [[2, 500_001]],
				count: 500_000,
				rowsTruncated: false
			}
		]);
	});
	it('names both rows of a duplicate (year, respondent_id), but allows the same id in another year', () => {
		const v = validator();
		expect(v.row(regionalRow(), 2)).not.toBeNull();
		expect(v.row(regionalRow({ year: '2023' }), 3)).not.toBeNull();
		expect(v.row(regionalRow(), 9)).toBeNull();
		expect(v.errors[0].message).toMatch(/appears twice for year 2024, in rows 2 and 9/);
	});
	it('reports ragged rows and a repeated header row as such', () => {
		const v = validator();
		v.row(regionalRow().slice(1), 4);
		v.row(REGIONAL_HEADER, 5);
		expect(v.errors.map((e) => [e.row, e.column])).toEqual([
			[4, null],
			[5, null]
		]);
		expect(v.errors[0].message).toMatch(/has 18 fields but the header has 19/);
		expect(v.errors[1].message).toMatch(/repeats the header row/);
	});
	it('checks master ≤ bachelor on hospital rows', () => {
		const header = [
			'year',
			'respondent_id',
			'name',
			'region_code',
			'grade',
			'it_staff',
			'security_system',
			'mlps_evaluated',
			'hospital_platform',
			'clinical_data_center',
			'regional_connected',
			'tech_cloud',
			'tech_bigdata',
			'tech_iot',
			'tech_mobile',
			'tech_ai',
			'emr_level',
			'internet_hospital',
			'telemedicine',
			'it_staff_bachelor_pct',
			'it_staff_master_pct'
		];
		const row = (bachelor: string, master: string) => [
			'2024',
			'H1',
			'医院',
			'440106',
			'三级',
			'10',
			...Array(10).fill('是'),
			'5',
			'是',
			'否',
			bachelor,
			master
		];
		const v = validator(header);
		expect(v.row(row('40', '40'), 2)).not.toBeNull();
		expect(v.row(row('40', '40.5'), 3)).toBeNull();
		expect(v.errors[0]).toMatchObject({ row: 3, column: 'it_staff_master_pct' });
	});
});

describe('stored answers', () => {
	it('are a positional array in template order, null where missing', () => {
		const row = validator().row(regionalRow({ interop_level: '' }), 2)!;
		const values = JSON.parse(row.answers);
		expect(values).toHaveLength(answerColumnNames(REGIONAL).length);
		expect(values[answerColumnNames(REGIONAL).indexOf('interop_level')]).toBeNull();
		expect(values[answerColumnNames(REGIONAL).indexOf('it_staff')]).toBe(8);
	});
});
