/**
 * Why a form was refused, in the reader's language: one line per issue, the field named first
 * (`Region: “4401” is not a province, city or county code …`). The issues come from the services
 * as codes (`issue_<code>` in i18n/admin.ts) with the values that fill them.
 */
import { format } from '../i18n/format.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { Messages } from './page-base.ts';

export interface FieldIssue {
	field: string;
	code: string;
	values?: Record<string, string | number>;
}

/** Every field of the admin and token forms, by the word its label shows. */
const FIELD_LABEL: Record<string, MessageKey> = {
	login: 'loginName',
	role: 'role',
	region: 'region',
	password: 'password',
	current: 'currentPassword',
	name: 'tokenName',
	days: 'tokenDays',
	actor: 'auditActor',
	action: 'auditAction',
	year: 'year',
	from: 'auditFrom',
	to: 'auditTo',
	before: 'auditTitle'
};

const has = (t: Messages, key: string): key is MessageKey => key in t;

export function issueLines(t: Messages, issues: readonly FieldIssue[]): string[] {
	return issues.map(({ field, code, values = {} }) => {
		const key = `issue_${code}`;
		// A role in a message is named as the pages name it (填报员, not "submitter").
		const role = `role_${values.role}`;
		const filled = { ...values, ...(has(t, role) ? { role: t[role] } : {}) };
		const problem = has(t, key) ? format(t[key], filled) : code;
		const label = FIELD_LABEL[field];
		return format(t.fieldProblem, { field: label ? t[label] : field, problem });
	});
}
