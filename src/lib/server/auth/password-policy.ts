/**
 * What a password must be (docs/security.md, Accounts and passwords): long enough, not one of the
 * commonly used passwords (the Firefox Accounts list, a million passwords from breaches, bundled
 * in `fxa-common-password-list`), and not the login itself. No rules on character classes: they
 * make passwords harder to remember, not to guess.
 */
import commonPasswords from 'fxa-common-password-list';

export const MIN_LENGTH = 12;
/** argon2 takes any length; this keeps a request from making the server hash megabytes. */
export const MAX_LENGTH = 256;

/** Why a password is refused, as a code the pages put in the reader's language (`length` in characters). */
export type PasswordIssue = {
	code: 'passwordShort' | 'passwordLong' | 'passwordCommon' | 'passwordHasLogin';
	length: number;
};

export function passwordIssues(password: string, login: string): PasswordIssue[] {
	const issues: PasswordIssue[] = [];
	const length = [...password].length;
	const issue = (code: PasswordIssue['code']) => issues.push({ code, length });
	if (length < MIN_LENGTH) issue('passwordShort');
	if (length > MAX_LENGTH) issue('passwordLong');
	if (commonPasswords.test(password.toLowerCase())) issue('passwordCommon');
	if (login.length > 0 && password.toLowerCase().includes(login.toLowerCase())) issue('passwordHasLogin');
	return issues;
}

const PASSWORD_TEXT: Record<PasswordIssue['code'], (length: number) => string> = {
	passwordShort: (length) => `the password has ${length} characters; use at least ${MIN_LENGTH}`,
	passwordLong: (length) => `the password has ${length} characters; use at most ${MAX_LENGTH}`,
	passwordCommon: () => 'the password is one of the most commonly used passwords; choose another',
	passwordHasLogin: () => 'the password contains the login; choose another'
};

/** Why a password is refused, in words for the person choosing it; empty when it is accepted. */
export function passwordProblems(password: string, login: string): string[] {
	return passwordIssues(password, login).map((i) => PASSWORD_TEXT[i.code](i.length));
}
