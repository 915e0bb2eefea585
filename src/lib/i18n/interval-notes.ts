/**
 * What the small figures under a table's scores and rates are (components/WithInterval.svelte),
 * said in words under the table: a phone has no hover to show the interval's name
 * (docs/methodology.md §6.3–6.4). In both languages, spread into en.ts and zh.ts.
 */
export const enIntervalNotes = {
	rateIntervalNote:
		'The small figures under each rate: its 95 % confidence interval (Wilson score interval).',
	scoreIntervalNote:
		'The small figures under each score: its 95 % interval from a bootstrap over the respondents.'
};

export const zhIntervalNotes: Record<keyof typeof enIntervalNotes, string> = {
	rateIntervalNote: '各比例下方的小字为其95%置信区间（Wilson法）。',
	scoreIntervalNote: '各得分下方的小字为其95%置信区间（对填报单位自助抽样）。'
};
