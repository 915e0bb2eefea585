/**
 * The data page's names and descriptions of the `pillars` and `normalised` export tables
 * (i18n/table-names.ts), in both languages (spread into en.ts and zh.ts).
 */
export const enPillarTables = {
	exportName_pillars: 'Pillar scores',
	export_pillars: 'Each respondent’s score on every pillar of its group (0–100), from the stored run',
	exportName_normalised: 'Normalised indicators',
	export_normalised:
		'Each respondent’s indicators: raw value, after outlier treatment, and normalised to 0–100'
};

export const zhPillarTables: typeof enPillarTables = {
	exportName_pillars: '分项得分',
	export_pillars: '每个机构在其组别各分项上的得分（0–100），取自已存的评分结果',
	exportName_normalised: '指标标准化值',
	export_normalised: '每个机构各指标的原始值、异常值处理后的值及0–100标准化值'
};
