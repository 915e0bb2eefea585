/** A budget line: what was measured against what budget, and whether it held. */
export type Check = readonly [text: string, ok: boolean];

/** Prints `PASS  …` / `FAIL  …` lines; true when every budget held. */
export function printChecks(checks: readonly Check[]): boolean {
	for (const [text, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${text}`);
	return checks.every(([, ok]) => ok);
}
