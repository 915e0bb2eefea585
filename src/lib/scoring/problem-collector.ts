/** Collects framework problems (framework-problems.ts), and the JSON shapes they are checked on. */

export interface FrameworkProblem {
	/** Where: a JSON path into the file (`$` is the whole file). */
	path: string;
	/** What is wrong and what to do. */
	message: string;
}

/** How far a level's shares may sum from 1: rounding in a hand-written decimal, not a mistake. */
export const SHARE_TOLERANCE = 1e-9;

export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isName = (v: unknown) => isObject(v) && typeof v.zh === 'string' && typeof v.en === 'string';
export const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const quoted = (v: unknown) => JSON.stringify(v) ?? String(v);

export class Collector {
	readonly problems: FrameworkProblem[] = [];
	need(ok: boolean, path: string, message: string): boolean {
		if (!ok) this.problems.push({ path, message });
		return ok;
	}
	/** A weight: a finite number above 0 (a part that should not count is left out, not weighted 0). */
	weight(v: unknown, path: string, instead = 'remove the entry rather than weighting it 0'): void {
		this.need(isNumber(v) && v > 0, path, `weight ${quoted(v)} must be a number above 0; ${instead}`);
	}
	/** Ids unique among siblings (or across the file). */
	unique(seen: Map<string, string>, id: unknown, path: string, what: string): void {
		if (typeof id !== 'string') return;
		const first = seen.get(id);
		this.need(
			first === undefined,
			path,
			`${what} "${id}" appears twice (first at ${first}); give each its own id`
		);
		if (first === undefined) seen.set(id, path);
	}
	/** Under `shares`, the weights of one level sum to 1. */
	shares(weights: unknown[], path: string, level: string): void {
		if (!weights.every((w) => isNumber(w) && w > 0)) return;
		const sum = (weights as number[]).reduce((a, b) => a + b, 0);
		this.need(
			Math.abs(sum - 1) <= SHARE_TOLERANCE,
			path,
			`the ${level} weights sum to ${Number(sum.toPrecision(12))}, not 1 (weightScale "shares"); make them sum to 1, or use "weightScale": "relative"`
		);
	}
}
