/**
 * The words of the rank-uncertainty Monte Carlo's exports (docs/methodology.md §6.2) on the data
 * page and in the OpenAPI document, in both languages (spread into en.ts and zh.ts).
 */
export const enMonteCarlo = {
	'exportName_sensitivity-draws': 'Rank draws',
	'export_sensitivity-draws':
		'Every Monte Carlo draw behind the rank intervals: each provincial unit’s rank and composite, with the normalisation and aggregation drawn',
	'exportName_sensitivity-weights': 'Weight draws',
	'export_sensitivity-weights':
		'The weights each Monte Carlo draw used, by dimension, pillar and indicator, to reproduce a draw'
};

export const zhMonteCarlo: Record<keyof typeof enMonteCarlo, string> = {
	'exportName_sensitivity-draws': '排名抽样明细',
	'export_sensitivity-draws':
		'排名区间背后的每次蒙特卡洛抽样：各省级单位的排名与综合得分，以及所抽的标准化与汇总方法',
	'exportName_sensitivity-weights': '权重抽样明细',
	'export_sensitivity-weights': '每次蒙特卡洛抽样所用的维度、支柱与指标权重，可据此复现该次抽样'
};
