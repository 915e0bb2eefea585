import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/messages.ts';
import { issueLines, type FieldIssue } from './field-issues.ts';

describe('issueLines', () => {
	it('names the field and fills the message, in each language', () => {
		const issues: FieldIssue[] = [
			{ field: 'region', code: 'regionNeeded', values: { role: 'submitter', region: '' } },
			{ field: 'password', code: 'passwordShort', values: { length: 7 } },
			{ field: 'login', code: 'loginExists', values: { login: '<b>x</b>' } }
		];
		expect(issueLines(MESSAGES.en, issues)).toEqual([
			'Region: the role submitter acts for a region; give its code.',
			'Password: it has 7 characters; use at least 12.',
			'Login: a user “<b>x</b>” exists already.'
		]);
		expect(issueLines(MESSAGES['zh-CN'], issues)).toEqual([
			'地区：角色“填报员”须对应一个地区，请填写地区代码。',
			'密码：当前为 7 个字符，至少需要12个。',
			'用户名：用户“<b>x</b>”已存在。'
		]);
	});

	it('has words for every code the services and forms give', () => {
		const codes = [
			'loginShape',
			'loginExists',
			'noSuchUser',
			'disabledAlready',
			'selfDisable',
			'selfDemote',
			'roleUnknown',
			'roleUnchanged',
			'regionNotForRole',
			'regionNeeded',
			'regionNationalReviewerOnly',
			'regionUnknown',
			'passwordShort',
			'passwordLong',
			'passwordCommon',
			'passwordHasLogin',
			'auditRegionUnknown',
			'auditYearShape',
			'auditDateShape',
			'auditDateOrder',
			'auditTooLong',
			'auditPageShape',
			'tokenNameEmpty',
			'tokenNameLong',
			'tokenNameControl',
			'tokenDaysShape'
		];
		for (const code of codes)
			expect(issueLines(MESSAGES.en, [{ field: 'name', code }])[0], code).not.toContain(code);
	});
});
