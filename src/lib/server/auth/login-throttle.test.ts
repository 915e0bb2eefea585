import { describe, expect, it } from 'vitest';
import { ACCOUNT_LIMIT, ADDRESS_LIMIT, LoginThrottle, WINDOW_MS } from './login-throttle.ts';

describe('LoginThrottle', () => {
	it('locks an account out at its limit, tells the one failure that did it, and lets it in again later', () => {
		const throttle = new LoginThrottle();
		const t0 = 1_000_000;
		for (let k = 0; k < ACCOUNT_LIMIT - 1; k++)
			expect(throttle.fail('admin', `10.0.0.${k}`, t0 + k)).toBe(false);
		expect(throttle.waitFor('admin', '10.0.0.99', t0 + 100)).toBe(0);
		expect(throttle.fail('admin', '10.0.0.99', t0 + 100)).toBe(true);
		// From any address: it is the account that is locked.
		expect(throttle.waitFor('admin', '192.168.1.1', t0 + 200)).toBe(WINDOW_MS - 200);
		expect(throttle.waitFor('someone-else', '192.168.1.1', t0 + 200)).toBe(0);
		expect(throttle.waitFor('admin', '192.168.1.1', t0 + WINDOW_MS + 1)).toBe(0);
	});

	it('locks an address out after 20 failures across logins', () => {
		const throttle = new LoginThrottle();
		for (let k = 0; k < ADDRESS_LIMIT; k++) throttle.fail(`user${k}`, '10.9.9.9', k);
		expect(throttle.waitFor('user-new', '10.9.9.9', ADDRESS_LIMIT)).toBeGreaterThan(0);
		expect(throttle.waitFor('user-new', '10.9.9.8', ADDRESS_LIMIT)).toBe(0);
	});

	it('forgets an account’s failures once it signs in', () => {
		const throttle = new LoginThrottle();
		for (let k = 0; k < ACCOUNT_LIMIT - 1; k++) throttle.fail('admin', `10.0.0.${k}`, k);
		throttle.succeed('admin');
		expect(throttle.fail('admin', '10.0.1.1', 100)).toBe(false);
		expect(throttle.waitFor('admin', '10.0.1.2', 101)).toBe(0);
	});
});
