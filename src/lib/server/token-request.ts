/**
 * A request for a personal API token as the tokens page's form gives it: a name (what uses the
 * token, shown in its list) and an optional lifetime in days, the same 1 to 9999 as
 * `himap token create --expires-in-days`. Pure.
 */
import { CONTROL } from '../survey/issues.ts';

export const MAX_TOKEN_NAME = 100;

export type TokenRequestIssue = {
	field: 'name' | 'days';
	code: 'tokenNameEmpty' | 'tokenNameLong' | 'tokenNameControl' | 'tokenDaysShape';
};

export type TokenRequest =
	{ ok: true; name: string; expiresInDays: number | null } | { ok: false; issues: TokenRequestIssue[] };

export function tokenRequest(nameField: string, daysField: string): TokenRequest {
	const name = nameField.trim();
	const days = daysField.trim();
	const issues: TokenRequestIssue[] = [];
	if (name === '') issues.push({ field: 'name', code: 'tokenNameEmpty' });
	else if ([...name].length > MAX_TOKEN_NAME) issues.push({ field: 'name', code: 'tokenNameLong' });
	// A name is one line, as typed: no line breaks or tabs, and none of the invisible characters
	// that make text show as other text (survey/issues.ts CONTROL).
	else if (CONTROL.test(name) || /[\t\r\n]/.test(name))
		issues.push({ field: 'name', code: 'tokenNameControl' });
	if (days !== '' && !/^[1-9]\d{0,3}$/.test(days)) issues.push({ field: 'days', code: 'tokenDaysShape' });
	if (issues.length) return { ok: false, issues };
	return { ok: true, name, expiresInDays: days === '' ? null : Number(days) };
}
