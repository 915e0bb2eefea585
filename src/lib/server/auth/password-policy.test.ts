import { describe, expect, it } from 'vitest';
import { MAX_LENGTH, MIN_LENGTH, passwordProblems } from './password-policy.ts';

describe('passwordProblems', () => {
	it('accepts a long passphrase', () => {
		expect(passwordProblems('correct horse battery staple', 'admin')).toEqual([]);
		expect(passwordProblems('卫生健康信息化发展指数二〇二四', 'admin')).toEqual([]);
	});

	it.each([
		['short1!', /at least 12/],
		['123456789012', /commonly used/],
		['Password1234', /commonly used/],
		['admin-is-my-password', /contains the login/],
		['x'.repeat(MAX_LENGTH + 1), /at most 256/]
	])('refuses %s, saying why', (password, why) => {
		const problems = passwordProblems(password, 'admin');
		expect(problems.join('; ')).toMatch(why);
	});

	it('counts characters, not UTF-16 units', () => {
		// 11 Chinese characters: 11, not 22 … too short.
		expect(passwordProblems('卫'.repeat(MIN_LENGTH - 1), 'admin')[0]).toMatch(/has 11 characters/);
	});
});
