import { describe, expect, it } from 'vitest';
import { PageCache, pageKey } from './page-cache.ts';

const page = (bytes: number) => ({ status: 200, headers: [], body: new Uint8Array(bytes) });

describe('PageCache', () => {
	it('returns what it stored, by key', () => {
		const cache = new PageCache(1000);
		cache.set('a', page(10));
		expect(cache.get('a')?.body.byteLength).toBe(10);
		expect(cache.get('b')).toBeUndefined();
	});

	// A one-letter key and a 100-byte body count 102 bytes: eight fit in 816.
	it('drops the least recently used pages beyond its byte limit', () => {
		const cache = new PageCache(816);
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
		const cache = new PageCache(816);
		for (let i = 0; i < 20; i++) cache.set('a', page(100));
		cache.set('b', page(100));
		expect(cache.get('a')).toBeDefined();
		expect(cache.get('b')).toBeDefined();
	});
});

describe('pageKey', () => {
	const key = (path: string) => pageKey(new URL(`http://himap.local${path}`), 'en', '7.2');
	it('keys a page by data version, language, path and view parameters', () => {
		expect(key('/?year=2024&dimension=governance')).toBe('7.2|en|/?year=2024&dimension=governance');
		expect(key('/compare?p=11,31,44')).not.toBe(key('/compare?p=11,31'));
	});
	it('keeps nothing for unknown or long parameters, so junk in a URL cannot fill the cache', () => {
		expect(key('/?utm_source=mail')).toBeNull();
		expect(key(`/?year=${'9'.repeat(65)}`)).toBeNull();
		expect(key(`/${'a'.repeat(65)}`)).toBeNull();
	});
	it('counts keys and headers against the limit, not only bodies', () => {
		const cache = new PageCache(10_000);
		for (let i = 0; i < 100; i++) cache.set(`${i}`.padEnd(1000, 'x'), page(1));
		expect(cache.size).toBeLessThan(10);
	});
});
