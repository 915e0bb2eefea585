/**
 * The words of a survey file's errors, in both languages (spread into en.ts and zh.ts), rendered
 * from an issue's code and params by views/issue-text.ts. `surveyIssue_<code>` is one kind of
 * problem (survey/issues.ts IssueCode, dashes as underscores); the English must read exactly as the
 * command line's message (a unit test drives the validator and compares). The other keys are words
 * those messages are built from, and the error report's own labels.
 */
export const enSurveyIssues = {
	surveyIssue_not_boolean: '{value} is not a yes/no value; use yes/no, y/n, true/false, 1/0, 是/否 or 有/无',
	surveyIssue_not_percent:
		'{value} is not a percentage; write a number from 0 to 100, such as 45, 45.5 or 45%',
	surveyIssue_percent_over_100: '{value} is a percentage above 100; write a number from 0 to 100',
	surveyIssue_not_integer: '{value} is not a whole number; write an integer from {min} to {max}',
	surveyIssue_integer_out_of_range: '{value} is out of range; write an integer from {min} to {max}',
	surveyIssue_unknown_grade: '{value} is not a known grade; use one of {allowed}',
	surveyIssue_not_allowed_choice: '{value} is not an allowed value; use one of {allowed}',
	surveyIssue_text_too_long: '{value} is longer than {maxLength} characters; shorten it',
	surveyIssue_text_not_allowed: '{value} is not allowed here; use {rule}',
	surveyIssue_not_region_code: '{value} is not a 6-digit GB/T 2260 administrative division code',
	surveyIssue_not_text:
		'{value} holds bytes that are not text in the file’s encoding; the file mixes encodings or is damaged — save the whole file again as UTF-8 or GB18030',
	surveyIssue_control_character:
		'{value} holds an invisible control character (U+{character}) at position {position}; delete it and type the text again (it usually comes in with text pasted from another program)',
	surveyIssue_field_count:
		'has {fields} fields but the header has {expected}; a value containing a comma, quote or line break must be in double quotes',
	surveyIssue_missing_required: 'required value is missing; fill in {name} ({zh})',
	surveyIssue_repeated_header: 'repeats the header row; were two files joined? Keep one header, at the top',
	surveyIssue_text_over_limit:
		'is longer than {maxLength} characters; shorten it (reading stopped past {limit})',
	surveyIssue_unknown_region:
		'region code {code} is not in the region reference (GB/T 2260 codes, plus 660000 for the XPCC); check the code',
	surveyIssue_region_level_mismatch:
		'region code {code} ({region}) does not fit level {level}, which needs {shape}; correct the code or the {levelColumn} column',
	surveyIssue_master_above_bachelor:
		"master's share {master} is above the bachelor-or-above share {bachelor}; master's graduates count in both, so master ≤ bachelor",
	surveyIssue_duplicate_respondent:
		'respondent_id {id} appears twice for year {year}, in rows {first} and {row}; keep one',
	surveyIssue_wrong_delimiter:
		'the columns are separated by {delimiter}, not commas; save the file as CSV with commas (in Excel: "CSV UTF-8 (Comma delimited)")',
	surveyIssue_unknown_template:
		'cannot tell the template from the header: a regional file has a `level` (层级) column, a hospital file a `grade` (医院等级) column; use exactly one, or pass --template regional|hospital',
	surveyIssue_duplicate_column:
		'column {name} ({zh}) appears twice, as "{firstHeader}" (column {first}) and "{header}" (column {position}); keep one',
	surveyIssue_missing_column:
		'required column {name} ({zh}) is missing from the header; add it (see the {template} template)',
	surveyIssue_empty_header: 'empty header cell; this column is ignored',
	surveyIssue_unknown_column: 'unknown column for the {template} template; it is ignored',
	surveyIssue_utf16_file:
		'the file is saved as UTF-16 ("Unicode text"); save it as "CSV UTF-8" or as CSV in GB18030',
	surveyIssue_binary_file:
		'the file holds binary data (NUL bytes), not CSV text; export it from Excel as CSV',
	surveyIssue_record_too_long:
		'the row is longer than {limit} characters; no survey row is that long — is this the right file?',
	surveyIssue_unclosed_quote_long:
		'a quoted value starting here is never closed (a double quote is missing), or is longer than {limit} characters; close the quote',
	surveyIssue_value_too_long:
		'a value is longer than {limit} characters; no column holds values that long — check the row',
	surveyIssue_unclosed_quote:
		'a quoted value is never closed (a double quote is missing); the rest of the file was read as one value',
	surveyIssue_invalid_quote: 'a double quote inside a value must be doubled ("") and the whole value quoted',
	surveyIssue_identity_other_survey:
		'respondent_id {id} already belongs to {storedName}, {storedGroup} in region {storedRegion} ({storedSurvey} survey, {storedYear}); a {survey} needs an id of its own — correct the id',
	surveyIssue_identity_changed:
		'respondent_id {id} is {storedName}, {storedGroup} in region {storedRegion} ({storedSurvey} survey, {storedYear}), not {change}; correct the row, or import with --allow-move if the unit really changed (the move is recorded in the audit log)',
	surveyIssue_xlsx_unreadable:
		'the Excel file cannot be read ({detail}); open it in Excel or WPS, save it again as .xlsx (without a password), or save it as CSV',
	surveyIssue_xlsx_locked:
		'the file is a password-protected workbook or an old Excel .xls file; remove the password and save it as .xlsx, or save it as CSV',
	surveyIssue_approved_locked:
		'{id} ({name}) was approved for {year} (submission #{submission}) and is locked; ask your reviewer to reopen it before sending it again, or leave this row out',
	surveyIssue_empty_file: 'the file is empty; download a template, fill it in and upload it again',
	surveyIssue_no_data_rows: 'the file has a header but no data rows; add one row per respondent',

	// Words the messages above are built from.
	surveyIssue_shape_provincial: 'PP0000 (a province code such as 440000)',
	surveyIssue_shape_municipal: 'PPCC00 (a prefecture-level city code such as 440100)',
	surveyIssue_shape_county: 'a county-level code such as 440106',
	surveyIssue_level_provincial: 'provincial',
	surveyIssue_level_municipal: 'municipal',
	surveyIssue_level_county: 'county',
	surveyIssue_delimiter_semicolon: 'semicolons',
	surveyIssue_delimiter_tab: 'tabs',
	surveyIssue_delimiter_bar: 'vertical bars',
	surveyIssue_template_regional: 'regional',
	surveyIssue_template_hospital: 'hospital',
	surveyIssue_needsOwnId_regional: 'health commission',
	surveyIssue_needsOwnId_hospital: 'hospital',
	surveyIssue_unit_provincial: 'a provincial health commission',
	surveyIssue_unit_municipal: 'a municipal health commission',
	surveyIssue_unit_county: 'a county health commission',
	surveyIssue_unit_tertiary: 'a tertiary hospital',
	surveyIssue_unit_secondary: 'a secondary hospital',
	surveyIssue_unit_other: 'a hospital (other grade)',
	surveyIssue_changedRegion: 'region {region}',

	// The error report (components/IssueReport.svelte, server/error-report.ts).
	issueReportTitle: 'Errors to correct',
	issueReportSummary: '{count} errors in {groups} groups; nothing was stored.',
	issueReportMore: '{count} more errors are not listed; correct these and upload the file again.',
	issueReportRows: 'Rows',
	issueReportRowsMore: '{rows} and more',
	issueReportColumn: 'Column',
	issueReportValue: 'Value',
	issueReportCount: 'Count',
	issueReportWhatToDo: 'What to do',
	issueReportWholeFile: 'whole file',
	issueReportDownloadCsv: 'Download the errors (CSV)',
	issueReportDownloadXlsx: 'Download your file with the errors marked (XLSX)',
	issueReportNoteSheet: 'Errors'
};

export const zhSurveyIssues: typeof enSurveyIssues = {
	surveyIssue_not_boolean: '{value}不是“是/否”，请填写 是 或 否（也可填 有/无、yes/no、1/0）',
	surveyIssue_not_percent: '{value}不是百分比，请填写 0 到 100 之间的数，如 45、45.5 或 45%',
	surveyIssue_percent_over_100: '{value}超过 100%，请填写 0 到 100 之间的数',
	surveyIssue_not_integer: '{value}不是整数，请填写 {min} 到 {max} 之间的整数',
	surveyIssue_integer_out_of_range: '{value}超出范围，请填写 {min} 到 {max} 之间的整数',
	surveyIssue_unknown_grade: '{value}不是可识别的等级，请填写以下之一：{allowed}',
	surveyIssue_not_allowed_choice: '{value}不是允许的取值，请填写以下之一：{allowed}',
	surveyIssue_text_too_long: '{value}超过 {maxLength} 个字符，请缩短',
	surveyIssue_text_not_allowed: '{value}含有此处不允许的字符，请使用：{rule}',
	surveyIssue_not_region_code: '{value}不是 6 位的 GB/T 2260 行政区划代码',
	surveyIssue_not_text:
		'{value}含有按文件编码无法识别的字节，文件混用了编码或已损坏——请将整个文件重新另存为 UTF-8 或 GB18030 编码',
	surveyIssue_control_character:
		'{value}第 {position} 个字符是不可见的控制字符（U+{character}），请删除后重新输入（通常是从其他程序粘贴文字时带入的）',
	surveyIssue_field_count:
		'本行有 {fields} 个字段，表头却有 {expected} 个；含逗号、引号或换行的值须用英文双引号括起来',
	surveyIssue_missing_required: '必填项为空，请填写{zh}（{name}）',
	surveyIssue_repeated_header: '本行重复了表头，是否把两个文件拼在了一起？只在最上面保留一行表头',
	surveyIssue_text_over_limit: '超过 {maxLength} 个字符，请缩短（读到第 {limit} 个字符后停止读取）',
	surveyIssue_unknown_region:
		'行政区划代码 {code} 不在区划表中（GB/T 2260 代码，另有新疆生产建设兵团 660000），请核对代码',
	surveyIssue_region_level_mismatch:
		'行政区划代码 {code}（{region}）与层级“{level}”不符，该层级需要{shape}；请更正代码或“{levelColumn}”列',
	surveyIssue_master_above_bachelor:
		'硕士及以上占比 {master} 高于本科及以上占比 {bachelor}；硕士也计入本科及以上，硕士占比不能高于本科占比',
	surveyIssue_duplicate_respondent:
		'{year} 年的 respondent_id {id} 出现了两次（第 {first} 行和第 {row} 行），请只保留一行',
	surveyIssue_wrong_delimiter:
		'各列用{delimiter}分隔，而不是逗号；请另存为逗号分隔的 CSV（Excel 中选“CSV UTF-8（逗号分隔）”）',
	surveyIssue_unknown_template:
		'无法从表头判断模板：地区表有“层级”（level）列，医院表有“医院等级”（grade）列；两者只能有一个（命令行可加 --template regional|hospital）',
	surveyIssue_duplicate_column:
		'{zh}（{name}）列出现了两次：第 {first} 列“{firstHeader}”和第 {position} 列“{header}”，请只保留一列',
	surveyIssue_missing_column: '表头缺少必填列{zh}（{name}），请补上（参见{template}模板）',
	surveyIssue_empty_header: '表头单元格为空，该列将被忽略',
	surveyIssue_unknown_column: '{template}模板中没有这一列，该列将被忽略',
	surveyIssue_utf16_file: '文件保存成了 UTF-16（“Unicode 文本”），请另存为“CSV UTF-8”或 GB18030 编码的 CSV',
	surveyIssue_binary_file: '文件含有二进制数据（NUL 字节），不是 CSV 文本；请从 Excel 另存为 CSV',
	surveyIssue_record_too_long: '本行超过 {limit} 个字符，调查表不会有这么长的行——是否选错了文件？',
	surveyIssue_unclosed_quote_long:
		'从这里开始的带引号的值没有结束（少了一个双引号），或超过 {limit} 个字符；请补上引号',
	surveyIssue_value_too_long: '有一个值超过 {limit} 个字符，没有哪一列的值会这么长——请检查这一行',
	surveyIssue_unclosed_quote: '带引号的值没有结束（少了一个双引号），文件其余部分都被读成了一个值',
	surveyIssue_invalid_quote: '值中的双引号须写成两个（""），并用双引号括起整个值',
	surveyIssue_identity_other_survey:
		'respondent_id {id} 已属于{storedName}（区划 {storedRegion} 的{storedGroup}，{storedYear} 年{storedSurvey}调查）；{survey}须使用自己的编号，请更正',
	surveyIssue_identity_changed:
		'respondent_id {id} 是{storedName}（区划 {storedRegion} 的{storedGroup}，{storedYear} 年{storedSurvey}调查），不是{change}；请更正本行；如单位确实变更，请联系管理员导入（变更记入审计日志）',
	surveyIssue_xlsx_unreadable:
		'无法读取这个 Excel 文件（{detail}）；请在 Excel 或 WPS 中打开，重新另存为 .xlsx（不设密码），或另存为 CSV',
	surveyIssue_xlsx_locked: '这是设了密码的工作簿或旧版 Excel .xls 文件；请去掉密码另存为 .xlsx，或另存为 CSV',
	surveyIssue_approved_locked:
		'{id}（{name}）{year} 年的数据已审核通过（提交 #{submission}），已锁定；如需修改，请先请审核人退回（重新打开），或删去这一行',
	surveyIssue_empty_file: '文件是空的；请下载模板，填好后重新上传',
	surveyIssue_no_data_rows: '文件只有表头，没有数据行；请每个填报单位填一行',

	surveyIssue_shape_provincial: 'PP0000 形式的省级代码（如 440000）',
	surveyIssue_shape_municipal: 'PPCC00 形式的地级市代码（如 440100）',
	surveyIssue_shape_county: '县级代码（如 440106）',
	surveyIssue_level_provincial: '省级',
	surveyIssue_level_municipal: '市级',
	surveyIssue_level_county: '县级',
	surveyIssue_delimiter_semicolon: '分号',
	surveyIssue_delimiter_tab: '制表符',
	surveyIssue_delimiter_bar: '竖线',
	surveyIssue_template_regional: '地区',
	surveyIssue_template_hospital: '医院',
	surveyIssue_needsOwnId_regional: '卫生健康委',
	surveyIssue_needsOwnId_hospital: '医院',
	surveyIssue_unit_provincial: '省级卫生健康委',
	surveyIssue_unit_municipal: '市级卫生健康委',
	surveyIssue_unit_county: '县级卫生健康委',
	surveyIssue_unit_tertiary: '三级医院',
	surveyIssue_unit_secondary: '二级医院',
	surveyIssue_unit_other: '其他等级医院',
	surveyIssue_changedRegion: '区划 {region}',

	issueReportTitle: '需要更正的错误',
	issueReportSummary: '共 {count} 处错误，归为 {groups} 类；没有保存任何数据。',
	issueReportMore: '另有 {count} 处错误未列出；请先更正以上错误，再重新上传。',
	issueReportRows: '行',
	issueReportRowsMore: '{rows} 等',
	issueReportColumn: '列',
	issueReportValue: '填写的值',
	issueReportCount: '处数',
	issueReportWhatToDo: '如何更正',
	issueReportWholeFile: '整个文件',
	issueReportDownloadCsv: '下载错误清单（CSV）',
	issueReportDownloadXlsx: '下载标出错误的原文件（XLSX）',
	issueReportNoteSheet: '错误'
};
