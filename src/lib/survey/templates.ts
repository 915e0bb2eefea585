/**
 * The survey CSV templates (a contract: docs/contracts.md), as data. Adding a question next year
 * is a new entry here: answers are stored per indicator, so no migration is needed.
 */

export type TemplateId = 'regional' | 'hospital';

/** Respondent groups: the peer groups of the index and the `group` column of every export. */
export const REGIONAL_GROUPS = ['provincial', 'municipal', 'county'] as const;
export const HOSPITAL_GROUPS = ['tertiary', 'secondary', 'other'] as const;
export type RespondentGroup = (typeof REGIONAL_GROUPS)[number] | (typeof HOSPITAL_GROUPS)[number];

/** Interoperability maturity grades (互联互通标准化成熟度测评), stored as the ordinal 0–7. */
export const INTEROP_LEVELS: readonly (readonly string[])[] = [
	['0'],
	['1', '一级'],
	['2', '二级'],
	['3', '三级'],
	['4B', '四级乙等'],
	['4A', '四级甲等'],
	['5B', '五级乙等'],
	['5A', '五级甲等']
];

export type ColumnType =
	| { kind: 'integer'; min: number; max: number }
	| { kind: 'boolean' }
	| { kind: 'percent' }
	| { kind: 'ordinal'; levels: readonly (readonly string[])[] }
	| { kind: 'text'; maxLength: number; pattern?: RegExp; rule?: string }
	| { kind: 'choice'; options: readonly { value: string; aliases: readonly string[] }[] }
	| { kind: 'region' };

/** How a column's value is kept: identity fields get their own database column, answers go to the indicator store. */
export type ColumnRole = 'year' | 'respondent_id' | 'name' | 'region_code' | 'group' | 'answer';

export interface Column {
	name: string;
	zh: string;
	type: ColumnType;
	required: boolean;
	role: ColumnRole;
	/** English description, shown in templates and the codebook. */
	description: string;
}

export interface Template {
	id: TemplateId;
	/** The column whose presence identifies the template when it is not given explicitly. */
	marker: string;
	columns: readonly Column[];
}

const answer = (
	name: string,
	zh: string,
	type: ColumnType,
	required: boolean,
	description: string
): Column => ({ name, zh, type, required, role: 'answer', description });

const BOOL = { kind: 'boolean' } as const;
const PCT = { kind: 'percent' } as const;

const common: Column[] = [
	{
		name: 'year',
		zh: '年度',
		type: { kind: 'integer', min: 2000, max: 2100 },
		required: true,
		role: 'year',
		description: 'survey round (year)'
	},
	{
		name: 'respondent_id',
		zh: '机构代码',
		type: {
			kind: 'text',
			maxLength: 64,
			pattern: /^[A-Za-z0-9_-]{1,64}$/,
			rule: '1–64 characters of A–Z, a–z, 0–9, _ and -'
		},
		required: true,
		role: 'respondent_id',
		description: 'respondent identifier, stable across rounds'
	},
	{
		name: 'name',
		zh: '机构名称',
		type: { kind: 'text', maxLength: 200 },
		required: true,
		role: 'name',
		description: 'name of the commission or hospital'
	},
	{
		name: 'region_code',
		zh: '行政区划代码',
		type: { kind: 'region' },
		required: true,
		role: 'region_code',
		description: '6-digit GB/T 2260 administrative division code'
	}
];

const tech: Column[] = [
	answer('tech_cloud', '云计算', BOOL, true, 'cloud computing applied'),
	answer('tech_bigdata', '大数据', BOOL, true, 'big data applied'),
	answer('tech_iot', '物联网', BOOL, true, 'internet of things applied'),
	answer('tech_mobile', '移动互联网', BOOL, true, 'mobile internet applied'),
	answer('tech_ai', '人工智能', BOOL, true, 'artificial intelligence applied')
];

/** Asked of commissions and hospitals alike. */
const staff: Column[] = [
	answer(
		'it_staff',
		'信息化人员数',
		{ kind: 'integer', min: 0, max: 1_000_000 },
		true,
		'information department staff'
	),
	answer(
		'it_staff_bachelor_pct',
		'本科及以上占比',
		PCT,
		false,
		"percent of IT staff with a bachelor's degree or above"
	)
];

const security: Column[] = [
	answer('security_system', '安全管理制度', BOOL, true, 'information security system formulated'),
	answer('mlps_evaluated', '等级保护测评', BOOL, true, 'classified security protection evaluation done')
];

const interop = answer(
	'interop_level',
	'互联互通测评等级',
	{ kind: 'ordinal', levels: INTEROP_LEVELS },
	false,
	'interoperability maturity grade, ordinal 0 (not assessed) to 7 (5A)'
);

export const REGIONAL: Template = {
	id: 'regional',
	marker: 'level',
	columns: [
		...common,
		{
			name: 'level',
			zh: '层级',
			type: {
				kind: 'choice',
				options: [
					{ value: 'provincial', aliases: ['省级'] },
					{ value: 'municipal', aliases: ['地市级'] },
					{ value: 'county', aliases: ['县级'] }
				]
			},
			required: true,
			role: 'group',
			description: 'administrative level of the health commission'
		},
		answer('platform_built', '区域平台建成', BOOL, true, 'regional health information platform established'),
		answer('did_built', '全员人口信息库', BOOL, true, 'demographic information database'),
		answer('ehrd_built', '电子健康档案库', BOOL, true, 'electronic health record database'),
		answer('emrd_built', '电子病历库', BOOL, true, 'electronic medical record database'),
		answer(
			'institutions_connected_pct',
			'机构接入率',
			PCT,
			false,
			'percent of institutions connected to the platform'
		),
		...tech,
		...staff,
		...security,
		interop,
		answer(
			'telemedicine_coverage_pct',
			'远程医疗覆盖率',
			PCT,
			false,
			'percent of county hospitals offering telemedicine'
		)
	]
};

export const HOSPITAL: Template = {
	id: 'hospital',
	marker: 'grade',
	columns: [
		...common,
		{
			name: 'grade',
			zh: '医院等级',
			type: {
				kind: 'choice',
				options: [
					{ value: 'tertiary', aliases: ['三级'] },
					{ value: 'secondary', aliases: ['二级'] },
					{ value: 'other', aliases: ['其他'] }
				]
			},
			required: true,
			role: 'group',
			description: 'hospital grade'
		},
		...staff,
		answer(
			'it_staff_master_pct',
			'硕士及以上占比',
			PCT,
			false,
			"percent of IT staff with a master's degree or above"
		),
		answer(
			'it_staff_cs_pct',
			'计算机专业占比',
			PCT,
			false,
			'percent of IT staff specialised in computer science'
		),
		answer(
			'it_staff_senior_pct',
			'高级职称占比',
			PCT,
			false,
			'percent of IT staff with senior professional titles'
		),
		answer(
			'it_investment_pct',
			'信息化投入占收入比',
			PCT,
			false,
			'percent of annual revenue invested in informatization'
		),
		...security,
		interop,
		answer('hospital_platform', '医院信息平台', BOOL, true, 'hospital information platform'),
		answer('clinical_data_center', '临床数据中心', BOOL, true, 'clinical data centre'),
		answer('regional_connected', '接入区域平台', BOOL, true, 'connected to the regional platform'),
		...tech,
		answer(
			'emr_level',
			'电子病历分级',
			{ kind: 'integer', min: 0, max: 8 },
			true,
			'EMR application level grading (0–8)'
		),
		answer('internet_hospital', '互联网医院', BOOL, true, 'internet hospital'),
		answer('telemedicine', '远程医疗', BOOL, true, 'telemedicine offered'),
		answer(
			'smart_service_level',
			'智慧服务分级',
			{ kind: 'integer', min: 0, max: 5 },
			false,
			'smart service grading (0–5)'
		)
	]
};

export const TEMPLATES: Record<TemplateId, Template> = { regional: REGIONAL, hospital: HOSPITAL };

/** The columns stored as answers (indicator values), in template order. */
export function answerColumns(template: Template): Column[] {
	return template.columns.filter((c) => c.role === 'answer');
}

/** Names of the answer columns, in the order a stored answers array lists them. */
export function answerColumnNames(template: Template): string[] {
	return answerColumns(template).map((c) => c.name);
}

/** Boolean answer columns: the indicators of the `rates` export. */
export function booleanColumns(template: Template): Column[] {
	return answerColumns(template).filter((c) => c.type.kind === 'boolean');
}
