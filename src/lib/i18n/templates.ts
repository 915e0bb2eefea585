/**
 * The words of the downloadable survey templates: the data page's links (spread into en.ts and
 * zh.ts) and the template's own guide sheet (used on the server by survey/template-guide.ts).
 * The English meaning of a column is its `description` in survey/templates.ts; the Chinese one is
 * here, keyed by column name (a unit test checks every column has one).
 */

export const enTemplates = {
	templateXlsx: 'Excel (XLSX) with drop-downs and a guide',
	templateCsv: 'CSV',
	templatePrefilledNote: 'Signed in as a submitter, your region is filled in for you.'
};

export const zhTemplates: typeof enTemplates = {
	templateXlsx: 'Excel（XLSX，含下拉选项和填表说明）',
	templateCsv: 'CSV',
	templatePrefilledNote: '以填报人身份登录时，模板会预填您所在的地区。'
};

export type GuideLanguage = 'en' | 'zh';

/**
 * Words of the guide sheet and of the cells' rules. `{…}` are filled in by the guide builder. The
 * guide sheet's name has a full-width slash: Excel refuses `/` in a sheet name.
 */
export const GUIDE_WORDS = {
	en: {
		dataSheet: 'data',
		guideSheet: '说明／guide',
		column: 'column',
		header: 'header',
		meaning: 'meaning',
		unit: 'unit',
		allowed: 'allowed values',
		required: 'required',
		example: 'example',
		yes: 'yes',
		no: 'no',
		none: '—',
		unitYear: 'year',
		unitPersons: 'persons',
		unitPercent: '% (write 45 for 45%)',
		unitGrade: 'grade',
		booleanRule: 'yes / no (also y/n, true/false, 1/0, 是/否, 有/无)',
		wholeRule: 'whole number from {min} to {max}',
		percentRule: 'number from 0 to 100, such as 45 or 45.5',
		textRule: 'text, at most {max} characters',
		idRule: '1–64 characters of A–Z, a–z, 0–9, _ and -',
		regionRule: '6-digit GB/T 2260 administrative division code',
		yourRegion: 'yours: {code} {name} and the codes within it',
		oneOf: 'one of {values}',
		blankNote: 'A blank cell is missing, never zero. Keep one row per respondent.',
		exampleNote: 'The example row is an illustration; do not submit it.'
	},
	zh: {
		dataSheet: '数据',
		guideSheet: '说明／guide',
		column: '列名',
		header: '表头',
		meaning: '含义',
		unit: '单位',
		allowed: '允许的值',
		required: '必填',
		example: '示例',
		yes: '是',
		no: '否',
		none: '—',
		unitYear: '年',
		unitPersons: '人',
		unitPercent: '%（45% 写作 45）',
		unitGrade: '级',
		booleanRule: '是 / 否（也可写 有/无、yes/no、1/0）',
		wholeRule: '{min}–{max} 的整数',
		percentRule: '0–100 的数，如 45 或 45.5',
		textRule: '文字，最多 {max} 个字符',
		idRule: '1–64 个字符，仅限 A–Z、a–z、0–9、_ 和 -',
		regionRule: '6 位 GB/T 2260 行政区划代码',
		yourRegion: '您可填写：{code} {name} 及其下辖地区的代码',
		oneOf: '以下之一：{values}',
		blankNote: '空白单元格表示缺失，不等于零。每个填报单位一行。',
		exampleNote: '示例行仅作说明，请勿提交。'
	}
} as const satisfies Record<GuideLanguage, Record<string, string>>;

/** Chinese meanings of the columns (English: `description` in survey/templates.ts). */
export const COLUMN_MEANING_ZH: Record<string, string> = {
	year: '调查轮次（年度）',
	respondent_id: '填报单位代码，各年保持不变',
	name: '卫生健康委员会或医院的名称',
	region_code: '所在地区的 6 位 GB/T 2260 行政区划代码',
	level: '卫生健康委员会的行政层级',
	platform_built: '是否建成区域全民健康信息平台',
	did_built: '是否建成全员人口信息库',
	ehrd_built: '是否建成电子健康档案库',
	emrd_built: '是否建成电子病历库',
	institutions_connected_pct: '接入平台的医疗卫生机构所占百分比',
	tech_cloud: '是否应用云计算',
	tech_bigdata: '是否应用大数据',
	tech_iot: '是否应用物联网',
	tech_mobile: '是否应用移动互联网',
	tech_ai: '是否应用人工智能',
	it_staff: '信息部门人员数',
	it_staff_bachelor_pct: '信息化人员中本科及以上学历所占百分比',
	security_system: '是否制定信息安全管理制度',
	mlps_evaluated: '是否完成网络安全等级保护测评',
	interop_level: '互联互通标准化成熟度测评等级（0 表示未测评）',
	telemedicine_coverage_pct: '开展远程医疗的县级医院所占百分比',
	grade: '医院等级',
	it_staff_master_pct: '信息化人员中硕士及以上学历所占百分比',
	it_staff_cs_pct: '信息化人员中计算机相关专业所占百分比',
	it_staff_senior_pct: '信息化人员中高级职称所占百分比',
	it_investment_pct: '年度信息化投入占医院收入的百分比',
	hospital_platform: '是否建成医院信息平台',
	clinical_data_center: '是否建成临床数据中心',
	regional_connected: '是否接入区域全民健康信息平台',
	emr_level: '电子病历系统应用水平分级（0–8 级）',
	internet_hospital: '是否开办互联网医院',
	telemedicine: '是否开展远程医疗',
	smart_service_level: '智慧服务分级（0–5 级）'
};
