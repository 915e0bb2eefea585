/**
 * A password made for a user (shown once, by `himap user` and the admin pages): 24 base64url
 * characters, 144 random bits — and, since randomness can spell a short login, one the password
 * policy accepts.
 */
import { randomBytes } from 'node:crypto';
import { passwordIssues } from './password-policy.ts';

export function randomPassword(login: string): string {
	for (;;) {
		const password = randomBytes(18).toString('base64url');
		if (passwordIssues(password, login).length === 0) return password;
	}
}
