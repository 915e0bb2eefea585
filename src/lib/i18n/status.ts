/**
 * What the platform says about itself rather than about the data, in both languages (spread into
 * en.ts and zh.ts): an error or an unavailable database, and scores being computed or retried.
 */
export const enStatus = {
	methodQueued:
		'Scores under {method} for {year} are being prepared ({ahead} jobs first). This page shows them as soon as they are ready; until then it shows the default method.',
	methodRunning:
		'Scores under {method} for {year} are being computed (since {time}). This page shows them as soon as they are ready; until then it shows the default method.',
	methodFailed:
		'Scores under {method} for {year} could not be computed and will be tried again. The default method is shown.',
	methodBusy:
		'Several methods are being prepared already: ask for {method} again in a few minutes. The default method is shown.',
	unavailableTitle: 'Temporarily unavailable',
	unavailableBody:
		'The platform cannot reach its database just now ({reason}). Nothing is lost; please try again in {seconds} seconds.',
	errorTitle: 'Something went wrong',
	errorBody:
		'The server failed while answering this request. The error was logged; if it keeps happening, give the administrator its reference.',
	errorReference: 'Reference',
	errorRequestBody: 'The server cannot answer this request (HTTP {status}).',
	errorNotFoundTitle: 'Page not found',
	errorNotFoundBody: 'There is nothing at this address.',
	errorBack: 'Back to the overview',
	scoresUpdating:
		'Updating: newer responses for {years} are being scored. The figures shown were computed at {time} and will be replaced when the new scores are ready.',
	scoresPending: 'Round {years} is being scored for the first time; it will appear here when ready.',
	scoresFailed:
		'Scoring {years} did not finish; it is retried automatically (the health check says why). The figures shown were computed at {time}.'
};

export const zhStatus = {
	methodQueued:
		'正在准备{year}年度按“{method}”计算的得分（前面还有{ahead}项任务）。完成后本页自动显示；在此之前显示默认方法的结果。',
	methodRunning:
		'正在计算{year}年度按“{method}”的得分（开始于{time}）。完成后本页自动显示；在此之前显示默认方法的结果。',
	methodFailed: '{year}年度按“{method}”的得分未能算出，稍后将自动重试。现显示默认方法的结果。',
	methodBusy: '已有多种方法正在计算，请几分钟后再选择“{method}”。现显示默认方法的结果。',
	unavailableTitle: '暂时无法访问',
	unavailableBody: '平台暂时无法连接数据库（{reason}）。数据不会丢失，请在 {seconds} 秒后重试。',
	errorTitle: '出错了',
	errorBody: '服务器处理此请求时出错。错误已记录；如果问题持续出现，请将错误编号告知管理员。',
	errorReference: '错误编号',
	errorRequestBody: '服务器无法响应此请求（HTTP {status}）。',
	errorNotFoundTitle: '页面不存在',
	errorNotFoundBody: '此地址没有内容。',
	errorBack: '返回总览',
	scoresUpdating:
		'正在更新：{years}年度的新填报数据正在计算。当前显示的是 {time} 计算的结果，新结果完成后将自动替换。',
	scoresPending: '{years}年度正在首次计算，完成后将在此显示。',
	scoresFailed: '{years}年度的计算未完成，系统将自动重试（原因见健康检查）。当前显示的是 {time} 计算的结果。'
};
