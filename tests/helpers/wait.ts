/** Polls `check` until it returns something truthy, or fails after `ms` saying what it waited for. */
export async function waitFor<T>(
	what: string,
	check: () => Promise<T | null | undefined | false>,
	ms = 60_000
): Promise<T> {
	const until = Date.now() + ms;
	for (;;) {
		const value = await check();
		if (value) return value;
		if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 100));
	}
}
