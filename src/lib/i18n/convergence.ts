/**
 * The words of the convergence section of the disparities page (views/convergence.ts: σ, the CV
 * of provincial scores by round; β, the regression of growth on the initial level;
 * docs/methodology.md section 5.1), in both languages (spread into en.ts and zh.ts).
 */
export const enConvergence = {
	convergenceHeading: 'Convergence across rounds',
	sigmaTitle: 'σ-convergence: coefficient of variation of provincial scores, {years}',
	sigmaNote:
		'σ-convergence: a falling line means the provinces’ scores are drawing closer together. Each point is the CV of the disparity table (population standard deviation / mean) over the provinces of that round.',
	betaTitle: 'β-convergence of provincial scores, {from}–{to}',
	betaCaption:
		'Ordinary least squares across {n} provinces of the annualised growth (ln x₍{to}₎ − ln x₍{from}₎) / {span} on ln x₍{from}₎, with an intercept and classic standard errors (SE); n is the number of provinces. β < 0: provinces that started lower grew faster; the implied speed of convergence is λ = −ln(1 + β·{span}) / {span} a year.',
	betaSynthetic:
		'The demo data are synthetic: how fast they converge reflects how the generator was written, not the real survey.',
	betaScore: 'Score',
	betaSlope: 'β',
	betaSe: 'SE',
	betaT: 't',
	betaN: 'n',
	betaR2: 'R²',
	betaIntercept: 'Intercept',
	betaSpeed: 'λ a year',
	betaNoSpeed: 'none (β ≥ 0)',
	exportName_panel: 'Panel across rounds',
	export_panel:
		'Every province, city, zone and the nation in every round: scores, rank, stage, respondents and their change since the unit’s previous round',
	exportName_convergence: 'Convergence',
	export_convergence:
		'σ-convergence (CV of provincial scores by round) and β-convergence (slope of growth on the initial level, its standard error, R², speed)'
};

export const zhConvergence: typeof enConvergence = {
	convergenceHeading: '各轮次间的收敛',
	sigmaTitle: 'σ收敛：各省得分的变异系数，{years}',
	sigmaNote:
		'σ收敛：曲线下降表示各省得分趋于接近。每个点为该轮次各省得分的变异系数（总体标准差 / 均值），与差异表中的变异系数相同。',
	betaTitle: '各省得分的β收敛，{from}–{to}',
	betaCaption:
		'以 {n} 个省级单位的年均增长率 (ln x₍{to}₎ − ln x₍{from}₎) / {span} 对 ln x₍{from}₎ 做普通最小二乘回归（含截距，经典标准误），n 为省级单位数。β < 0 表示起点较低的省份增长较快；隐含的年收敛速度为 λ = −ln(1 + β·{span}) / {span}。',
	betaSynthetic: '演示数据为合成数据：其收敛快慢反映的是生成器的设定，而非真实调查。',
	betaScore: '得分',
	betaSlope: 'β',
	betaSe: '标准误',
	betaT: 't',
	betaN: 'n',
	betaR2: 'R²',
	betaIntercept: '截距',
	betaSpeed: '年收敛速度 λ',
	betaNoSpeed: '无（β ≥ 0）',
	exportName_panel: '跨轮次面板',
	export_panel: '各省、市、区域及全国在每一轮次的得分、排名、阶段、调查对象数，及其较该单位上一轮次的变化',
	exportName_convergence: '收敛分析',
	export_convergence:
		'σ收敛（各轮次省级得分的变异系数）与β收敛（增长率对初始水平的斜率、标准误、R²、收敛速度）'
};
