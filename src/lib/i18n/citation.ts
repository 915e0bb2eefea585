/**
 * The words of provenance, in both languages (spread into en.ts and zh.ts): the data page's "how
 * to cite" line (software version and commit, and the round, framework and method of the data) and
 * the names of the `about` and `weights` export tables.
 */
export const enCitation = {
	citeTitle: 'How to cite',
	citeLine:
		'HIMAP (Health Informatization Maturity Assessment Platform), version {version}, commit {commit}. Data: {round}, framework {framework} {frameworkVersion}, method {method}.',
	citeRound: 'survey round {year}',
	citeAllRounds: 'all survey rounds',
	citeNote:
		'CITATION.cff in the repository has the full citation; every download names its own version, commit, framework and method (its about sheet, the about table, and the Himap-* response headers).',
	exportName_about: 'About the exports',
	export_about: 'Version, commit, framework, method, rounds and data source of the exports (key, value)',
	exportName_weights: 'Weights used',
	export_weights:
		'Every weight a scoring run used, per respondent group: indicator, pillar, dimension and group, as a share of its parent'
};

export const zhCitation: Record<keyof typeof enCitation, string> = {
	citeTitle: '引用方式',
	citeLine:
		'HIMAP（卫生健康信息化成熟度评估平台），版本 {version}，提交 {commit}。数据：{round}，指标框架 {framework} {frameworkVersion}，方法 {method}。',
	citeRound: '{year}年调查',
	citeAllRounds: '全部调查年度',
	citeNote:
		'完整引用见代码库中的 CITATION.cff；每个下载文件都注明其版本、提交、指标框架与方法（about 工作表、about 表及 Himap-* 响应头）。',
	exportName_about: '导出说明',
	export_about: '导出所用的版本、提交、指标框架、方法、年度与数据来源（键、值）',
	exportName_weights: '实际权重',
	export_weights: '评分所用的全部权重（按机构类别）：指标、支柱、维度与机构类别，均为占上级的份额'
};
