/**
 * Slowing down password guessing (docs/security.md): failed sign-ins are counted per account and
 * per address over a sliding window; past the limit, that account or address is refused until
 * its oldest failure in the window has aged out. A success clears the account's count. Kept in
 * memory, per server process; the clock is passed in, so tests can move it.
 */
export const WINDOW_MS = 15 * 60_000;
export const ACCOUNT_LIMIT = 10;
export const ADDRESS_LIMIT = 20;

export class LoginThrottle {
	private readonly failures = new Map<string, number[]>();

	/** Milliseconds until the account or the address may try again; 0 when they may now. */
	waitFor(account: string, address: string, now: number): number {
		return Math.max(
			this.wait(`a:${account}`, ACCOUNT_LIMIT, now),
			this.wait(`ip:${address}`, ADDRESS_LIMIT, now)
		);
	}

	/** Counts a failure; true when it is the one that locks the account or the address out. */
	fail(account: string, address: string, now: number): boolean {
		const before = this.waitFor(account, address, now);
		for (const key of [`a:${account}`, `ip:${address}`])
			this.failures.set(key, [...this.recent(key, now), now]);
		return before === 0 && this.waitFor(account, address, now) > 0;
	}

	succeed(account: string): void {
		this.failures.delete(`a:${account}`);
	}

	private recent(key: string, now: number): number[] {
		const times = (this.failures.get(key) ?? []).filter((t) => now - t < WINDOW_MS);
		if (times.length) this.failures.set(key, times);
		else this.failures.delete(key);
		return times;
	}

	private wait(key: string, limit: number, now: number): number {
		const times = this.recent(key, now);
		return times.length < limit ? 0 : times[times.length - limit] + WINDOW_MS - now;
	}
}
