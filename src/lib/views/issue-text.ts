/**
 * A survey file's error in the clerk's language (issue #13, errors a clerk can fix), rendered from
 * its code and params with the words of i18n/survey-issues.ts. An issue without a code (a parser's
 * own wording, an access refusal) shows its English message, the only text there is.
 */
import { format } from '../i18n/format.ts';
import { enSurveyIssues, zhSurveyIssues } from '../i18n/survey-issues.ts';
import type { Locale } from '../i18n/messages.ts';
import { quoteValue, type IssueCode, type IssueParams } from '../survey/issues.ts';

export type IssueWords = typeof enSurveyIssues;
type WordKey = keyof IssueWords;

export const ISSUE_WORDS: Record<Locale, IssueWords> = { en: enSurveyIssues, 'zh-CN': zhSurveyIssues };

/** What an issue's text is made from: a SurveyIssue, or an IssueGroup (survey/issue-groups.ts). */
export interface IssueLike {
	code?: IssueCode | null;
	params?: IssueParams;
	value: string | null;
	message: string;
}

/** The dictionary key of a code: `not-boolean` → `surveyIssue_not_boolean`. */
export const issueKey = (code: IssueCode) => `surveyIssue_${code.replace(/-/g, '_')}` as WordKey;

/** A cell's value as a message quotes it: English keeps the command line's "…", Chinese uses “…”. */
function quoted(value: string, locale: Locale): string {
	const shown = quoteValue(value);
	return locale === 'en' ? shown : `“${shown.slice(1, -1)}”`;
}

/** A word picked by a param, e.g. `surveyIssue_level_` + `county`; the param itself if there is no such word. */
function word(words: IssueWords, prefix: string, value: string | number | undefined): string {
	const key = `${prefix}${value}` as WordKey;
	return key in words ? words[key] : String(value ?? '');
}

export function issueText(issue: IssueLike, locale: Locale): string {
	const code = issue.code;
	if (!code) return issue.message;
	const words = ISSUE_WORDS[locale];
	const template = words[issueKey(code)];
	if (template === undefined) return issue.message;
	const p = issue.params ?? {};
	const values: Record<string, string | number> = { ...p };
	if (issue.value !== null) values.value = quoted(issue.value, locale);
	switch (code) {
		case 'region-level-mismatch':
			values.shape = word(words, 'surveyIssue_shape_', p.level);
			values.level = word(words, 'surveyIssue_level_', p.level);
			break;
		case 'wrong-delimiter':
			values.delimiter = word(words, 'surveyIssue_delimiter_', p.delimiter);
			break;
		case 'missing-column':
		case 'unknown-column':
			values.template = word(words, 'surveyIssue_template_', p.template);
			break;
		case 'identity-other-survey':
		case 'identity-changed':
			values.storedName = quoted(String(p.storedName ?? ''), locale);
			values.storedGroup = word(words, 'surveyIssue_unit_', p.storedGroup);
			values.storedSurvey = word(words, 'surveyIssue_template_', p.storedSurvey);
			values.survey = word(words, 'surveyIssue_needsOwnId_', p.survey);
			values.change =
				p.changed === 'region'
					? format(words.surveyIssue_changedRegion, { region: p.region })
					: word(words, 'surveyIssue_unit_', p.group);
	}
	return format(template, values);
}
