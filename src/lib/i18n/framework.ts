/**
 * The words of the framework choice on the dashboard (components/RoundSelector.svelte,
 * views/framework-note.ts), in both languages (spread into en.ts and zh.ts).
 */
export const enFramework = {
	frameworkLabel: 'Framework',
	frameworkQueued:
		'Scores under framework {framework} for {year} are being prepared ({ahead} jobs first). This page shows them as soon as they are ready; until then it shows the default framework.',
	frameworkRunning:
		'Scores under framework {framework} for {year} are being computed. This page shows them as soon as they are ready; until then it shows the default framework.',
	frameworkFailed:
		'Scores under framework {framework} for {year} could not be computed and will be tried again. The default framework is shown.',
	frameworkBusy:
		'Several methods or frameworks are being prepared already: ask for {framework} again in a few minutes. The default framework is shown.',
	frameworkMissing:
		'There is no stored framework {framework} (an administrator adds one with `himap framework add`). The default framework is shown.'
};

export const zhFramework = {
	frameworkLabel: '指标框架',
	frameworkQueued:
		'正在准备{year}年度按框架“{framework}”计算的得分（前面还有{ahead}项任务）。完成后本页自动显示；在此之前显示默认框架的结果。',
	frameworkRunning:
		'正在计算{year}年度按框架“{framework}”的得分。完成后本页自动显示；在此之前显示默认框架的结果。',
	frameworkFailed: '{year}年度按框架“{framework}”的得分未能算出，稍后将自动重试。现显示默认框架的结果。',
	frameworkBusy: '已有多种方法或框架正在计算，请几分钟后再选择“{framework}”。现显示默认框架的结果。',
	frameworkMissing:
		'未找到已存储的框架“{framework}”（管理员可用 `himap framework add` 添加）。现显示默认框架的结果。'
};
