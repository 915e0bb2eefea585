import { describe, expect, it } from 'vitest';
import { PageCache } from './page-cache.ts';

const page = (bytes: number) => ({ status: 200, headers: [], body: new Uint8Array(bytes) });

describe('PageCache', () => {
	it('returns what it stored, by key', () => {
		const cache = new PageCache(1000);
		cache.set('a', page(10));
		expect(cache.get('a')?.body.byteLength).toBe(10);
		expect(cache.get('b')).toBeUndefined();
	});

	it('drops the least recently used pages beyond its byte limit', () => {
		const cache = new PageCache(800);
		cache.set('a', page(100));
		cache.set('b', page(100));
		cache.get('a');
		for (const k of ['c', 'd', 'e', 'f', 'g', 'h', 'i']) cache.set(k, page(100));
		expect(cache.get('b')).toBeUndefined();
		expect(cache.get('a')).toBeDefined();
		expect(cache.size).toBe(8);
	});

	it('does not keep a page larger than an eighth of the limit', () => {
		const cache = new PageCache(800);
		cache.set('big', page(101));
		expect(cache.get('big')).toBeUndefined();
	});

	it('replaces a key without counting it twice', () => {
		const cache = new PageCache(800);
		for (let i = 0; i < 20; i++) cache.set('a', page(100));
		cache.set('b', page(100));
		expect(cache.get('a')).toBeDefined();
		expect(cache.get('b')).toBeDefined();
	});
});
