import { describe, expect, it } from 'vitest';
import { randomPassword } from './password-generator.ts';
import { passwordProblems } from './password-policy.ts';

describe('randomPassword', () => {
	it('makes 24 base64url characters the policy accepts, never twice the same', () => {
		const made = new Set<string>();
		for (let k = 0; k < 200; k++) {
			// A two-letter login turns up in about one random password in fifty (23 places, 1/1024 each): those are made again.
			const password = randomPassword('ab');
			expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
			expect(passwordProblems(password, 'ab')).toEqual([]);
			made.add(password);
		}
		expect(made.size).toBe(200);
	});
});
