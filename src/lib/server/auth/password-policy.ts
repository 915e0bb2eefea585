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

/** Why a password is refused, in words for the person choosing it; empty when it is accepted. */
export function passwordProblems(password: string, login: string): string[] {
	const problems: string[] = [];
	const length = [...password].length;
	if (length < MIN_LENGTH) problems.push(`the password has ${length} characters; use at least ${MIN_LENGTH}`);
	if (length > MAX_LENGTH) problems.push(`the password has ${length} characters; use at most ${MAX_LENGTH}`);
	if (commonPasswords.test(password.toLowerCase()))
		problems.push('the password is one of the most commonly used passwords; choose another');
	if (login.length > 0 && password.toLowerCase().includes(login.toLowerCase()))
		problems.push('the password contains the login; choose another');
	return problems;
}
