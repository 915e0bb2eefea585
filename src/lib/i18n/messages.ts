/** User-facing text in both languages. A unit test fails when a key is missing from either. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const en = {
	appName: 'Health Informatization Maturity Assessment Platform',
	tagline: 'Survey files in; governance, infrastructure and application scores out.',
	synthetic:
		'Demo data: synthetic, calibrated to the published national totals of the 2019 National Health Informatization Survey.',
	rounds: 'Survey rounds',
	year: 'Round',
	survey: 'Survey',
	respondents: 'Respondents',
	regional: 'Health commissions',
	hospital: 'Hospitals',
	noData:
		'No survey data yet. Import a file with `npx himap import <file.csv>` or load the demo with `npx himap seed-demo`.',
	templates: 'Survey templates',
	templateEn: 'English headers',
	templateZh: 'Chinese headers',
	exports: 'Exports',
	ratesExport: 'Rates by respondent group (CSV)',
	submissionsExport: 'Submissions (CSV)',
	language: '中文'
};

const zh: typeof en = {
	appName: '卫生健康信息化成熟度评估平台',
	tagline: '上报调查文件，得出治理能力、基础建设与应用成效评分。',
	synthetic: '演示数据：合成数据，按2019年全国卫生健康信息化调查公布的全国汇总数校准。',
	rounds: '调查年度',
	year: '年度',
	survey: '调查',
	respondents: '填报机构数',
	regional: '卫生健康委',
	hospital: '医院',
	noData: '尚无调查数据。可用 `npx himap import <文件.csv>` 导入，或用 `npx himap seed-demo` 载入演示数据。',
	templates: '调查表模板',
	templateEn: '英文表头',
	templateZh: '中文表头',
	exports: '数据导出',
	ratesExport: '按机构类别的比例（CSV）',
	submissionsExport: '上报记录（CSV）',
	language: 'English'
};

export type MessageKey = keyof typeof en;
export const MESSAGES: Record<Locale, Record<MessageKey, string>> = { en, 'zh-CN': zh };

/** Picks zh-CN or en from `?lang=`, then the Accept-Language header; Chinese by default. */
export function pickLocale(query: string | null, acceptLanguage: string | null): Locale {
	if (query === 'en' || query === 'zh-CN') return query;
	const first = (acceptLanguage ?? '').split(',')[0].trim().toLowerCase();
	return first.startsWith('en') ? 'en' : 'zh-CN';
}
