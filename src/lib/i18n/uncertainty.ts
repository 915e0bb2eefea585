/**
 * The words of the uncertainty shown beside scores and rates (docs/methodology.md §6.3–6.4): the
 * bootstrap interval of a province's or city's score, the Wilson interval of a rate, and the
 * `bootstrap` export's name, in both languages (spread into en.ts and zh.ts).
 */
export const enUncertainty = {
	exportName_bootstrap: 'Bootstrap intervals of scores',
	export_bootstrap:
		'Each province’s and city’s dimension and composite scores with their 95 % bootstrap interval over respondents, standard error, draws and seed',
	scoreInterval: '95 % interval (bootstrap over respondents)',
	scoreIntervalShort: '95 % interval',
	rateInterval: '95 % interval (Wilson)',
	// A no-break space: '95' and '% CI' must not part at a line end (the completeness cards).
	rateIntervalShort: '95\u00a0% CI',
	ciLower: '95 % CI lower',
	ciUpper: '95 % CI upper'
};

export const zhUncertainty: Record<keyof typeof enUncertainty, string> = {
	exportName_bootstrap: '得分自助法置信区间',
	export_bootstrap:
		'各省份、城市各维度及综合得分，附基于填报单位自助抽样的95%置信区间、标准误、抽样次数与随机种子',
	scoreInterval: '95%置信区间（填报单位自助抽样）',
	scoreIntervalShort: '95%置信区间',
	rateInterval: '95%置信区间（Wilson法）',
	rateIntervalShort: '95%置信区间',
	ciLower: '95%置信区间下限',
	ciUpper: '95%置信区间上限'
};
