import { describe, expect, it } from 'vitest';
import { hashPassword, passwordMatches } from './password-hash.ts';

describe('password hashes', () => {
	it('are argon2id with the OWASP parameters, salted, and verify only the password hashed', async () => {
		const [a, b] = await Promise.all([
			hashPassword('correct horse battery staple'),
			hashPassword('correct horse battery staple')
		]);
		expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(a).not.toBe(b);
		expect(a).not.toContain('correct');
		expect(await passwordMatches(a, 'correct horse battery staple')).toBe(true);
		expect(await passwordMatches(a, 'correct horse battery stapler')).toBe(false);
	});

	it('never match a stored value that is not an argon2 hash', async () => {
		expect(await passwordMatches('correct horse battery staple', 'correct horse battery staple')).toBe(false);
		expect(await passwordMatches('', '')).toBe(false);
	});
});
