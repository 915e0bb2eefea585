import { describe, expect, it } from 'vitest';
import type { HimapDatabase } from './db/connect.ts';
import { RunCache } from './run-cache.ts';

// The cache only uses databases as keys; two distinct objects stand for two open databases.
const a = {} as HimapDatabase;
const b = {} as HimapDatabase;
const run = (id: number, source = 10, at = '2026-11-22T00:00:00.000Z', reviews = 0) => ({
	id,
	source_max_response_id: source,
	source_review_seq: reviews,
	computed_at: at
});

describe('RunCache', () => {
	it('keeps values apart per database and per run, including a reused id', () => {
		const cache = new RunCache<string>();
		cache.set(a, run(1), 'a1');
		cache.set(b, run(1), 'b1');
		expect(cache.get(a, run(1))).toBe('a1');
		expect(cache.get(b, run(1))).toBe('b1');
		// SQLite gave the recomputed run the old id: different source, so a miss.
		expect(cache.get(a, run(1, 11))).toBeUndefined();
		expect(cache.get(a, run(1, 10, '2026-11-22T00:00:01.000Z'))).toBeUndefined();
		// An approval since: the same responses, another source.
		expect(cache.get(a, run(1, 10, '2026-11-22T00:00:00.000Z', 1))).toBeUndefined();
	});

	it('drops the least recently used run beyond its limit', () => {
		const cache = new RunCache<number>(2);
		cache.set(a, run(1), 1);
		cache.set(a, run(2), 2);
		cache.get(a, run(1));
		cache.set(a, run(3), 3);
		expect(cache.get(a, run(2))).toBeUndefined();
		expect(cache.get(a, run(1))).toBe(1);
		expect(cache.get(a, run(3))).toBe(3);
	});

	it('tells variants of one run apart by suffix', () => {
		const cache = new RunCache<string>();
		cache.set(a, run(1), 'plain');
		cache.set(a, run(1), 'with intervals', ':i');
		expect(cache.get(a, run(1))).toBe('plain');
		expect(cache.get(a, run(1), ':i')).toBe('with intervals');
	});
});
