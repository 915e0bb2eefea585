/** The data page's names and descriptions of the export tables, by language. */
export const enExportTables = {
	exportName_codebook: 'Codebook',
	exportName_rates: 'Yes/no rates',
	exportName_responses: 'Answers',
	exportName_submissions: 'Imported files',
	exportName_audit: 'Indicator audit',
	exportName_sensitivity: 'Rank intervals',
	exportName_cities: 'City scores',
	exportName_disparity: 'Disparity measures',
	exportName_provinces: 'Provincial scores',
	exportName_respondents: 'Respondent scores',
	exportName_zones: 'Zone and national scores',
	exportIdNote:
		'The identifier is the table’s name for the command line and the API: npx himap export <table>, or /api/v1/export/<table>.',
	export_codebook: 'Every indicator with its names, dimension, goalposts and weights per respondent group',
	export_rates: 'Share answering yes to each yes/no question, by respondent group',
	export_responses: 'Every current answer: one row per respondent and indicator',
	export_submissions: 'Every imported file: name, checksum, encoding, counts, when and by whom',
	export_audit:
		'Statistical audit of the indicators (under the method asked for): correlations, Cronbach’s α, skewness and kurtosis, the outlier rule',
	export_sensitivity: 'Rank intervals of the provincial units over 1,000 draws of methods and weights',
	export_cities: 'Scores and ranks of the cities, both series',
	export_disparity: 'Inequality per round and score: Gini, Theil T and L, CV and more',
	export_provinces: 'Scores, ranks and stages of the provincial units',
	export_respondents: 'Scores of every respondent, with coverage and flags',
	export_zones: 'Scores of the zones (four and three) and of the nation'
};

export const zhExportTables: typeof enExportTables = {
	exportName_codebook: '指标编码表',
	exportName_rates: '是否题比例',
	exportName_responses: '答案明细',
	exportName_submissions: '导入记录',
	exportName_audit: '指标审计',
	exportName_sensitivity: '排名区间',
	exportName_cities: '城市得分',
	exportName_disparity: '区域差异指标',
	exportName_provinces: '省级得分',
	exportName_respondents: '机构得分',
	exportName_zones: '区域与全国得分',
	exportIdNote: '标识名即命令行和接口使用的表名：npx himap export <表名>，或 /api/v1/export/<表名>。',
	export_codebook: '全部指标：名称、维度、各类机构的目标值与权重',
	export_rates: '各是否题回答“是”的比例（按机构类别）',
	export_responses: '全部现行答案（每机构每指标一行）',
	export_submissions: '每次导入的文件：名称、校验和、编码、条数、时间与导入人',
	export_audit: '指标统计审计（所请求的方法）：相关系数、Cronbach α、偏度与峰度、异常值规则',
	export_sensitivity: '各省级单位在1000次方法与权重抽样下的排名区间',
	export_cities: '城市得分与排名（两个序列）',
	export_disparity: '各年度各得分的不均衡指标：基尼系数、泰尔T与L、变异系数等',
	export_provinces: '省级单位得分、排名与阶段',
	export_respondents: '每个填报机构的得分、覆盖率与标记',
	export_zones: '各区域（四大区域、三大地带）及全国得分'
};
