/**
 * Seeded pseudo-randomness for the demo dataset. The output must be byte-identical on every run and
 * every machine, so nothing here touches Math.random, and the normal draw avoids Math.log/Math.cos
 * (whose last bits may differ between engines) in favour of plain arithmetic.
 *
 * Every draw is keyed by what it is for — `uniform('blank', column, respondentId, year)` — rather
 * than taken from one running stream, so adding a respondent or a column never shifts the values
 * of the others.
 */

/** A part of a draw's key: a label or id (hashed) or an integer (mixed in as is). */
export type KeyPart = string | number;

/**
 * 32-bit FNV-1a hash of a string.
 *
 * @example hashString('a') // 3826002220
 */
export function hashString(key: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < key.length; i++) {
		h ^= key.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** murmur3's 32-bit finaliser: spreads every input bit over the output. */
function fmix32(x: number): number {
	let h = x >>> 0;
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

export { mulberry32 } from '../scoring/random.ts';
import { mulberry32 } from '../scoring/random.ts';

// Labels and ids recur in every round and column; hashing each once keeps generation fast.
const stringHashes = new Map<string, number>();

/** The 32-bit seed of a key. */
export function seedOf(parts: readonly KeyPart[]): number {
	let h = 0x9e3779b9;
	for (const p of parts) {
		let v: number;
		if (typeof p === 'number') v = p | 0;
		else {
			const cached = stringHashes.get(p);
			v = cached ?? hashString(p);
			if (cached === undefined) stringHashes.set(p, v);
		}
		h = fmix32(Math.imul(h, 0x01000193) ^ fmix32(v + 0x6d2b79f5));
	}
	return h;
}

/** One uniform draw in [0, 1) for the key. */
export function uniform(...key: KeyPart[]): number {
	return mulberry32(seedOf(key))();
}

/**
 * One approximately standard normal draw for the key: the Irwin–Hall sum of six uniforms,
 * rescaled to unit variance. Bounded by ±4.24, which suits demo data (no absurd outliers).
 */
export function normal(...key: KeyPart[]): number {
	const next = mulberry32(seedOf(key));
	let s = 0;
	for (let i = 0; i < 6; i++) s += next();
	return (s - 3) * Math.SQRT2;
}

/**
 * Picks an index with probability proportional to `weights[i]`, using the uniform draw for the key.
 */
export function pickWeighted(weights: readonly number[], ...key: KeyPart[]): number {
	const total = weights.reduce((a, b) => a + b, 0);
	let x = uniform(...key) * total;
	for (let i = 0; i < weights.length; i++) {
		x -= weights[i];
		if (x < 0) return i;
	}
	return weights.length - 1;
}
