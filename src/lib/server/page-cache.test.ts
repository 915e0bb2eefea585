import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PageCache, pageKey, pageResponse, pageToKeep } from './page-cache.ts';

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

describe('a kept page and its encodings', () => {
	const html = '<!doctype html><p>governance</p>'.repeat(200);
	const rendered = () => new Response(html, { headers: { 'content-type': 'text/html', etag: '"e1"' } });

	it('answers each client from what was kept, decoding to the same page', async () => {
		const page = await pageToKeep(rendered());
		const br = pageResponse(page, 'br');
		expect(br.headers.get('content-encoding')).toBe('br');
		expect(br.headers.get('etag')).toBe('"e1-br"');
		expect(Number(br.headers.get('content-length'))).toBe(page.encoded!.br!.byteLength);
		expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(html);
		const gz = pageResponse(page, 'gzip');
		expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(html);
		const plain = pageResponse(page, null);
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(await plain.text()).toBe(html);
	});

	it('counts the encodings against the limit', async () => {
		const page = await pageToKeep(rendered());
		const held = page.body.byteLength + page.encoded!.br!.byteLength + page.encoded!.gzip!.byteLength;
		const fits = new PageCache(8 * (held + 200));
		fits.set('a', page);
		expect(fits.get('a')).toBeDefined();
		// Room for the body and its headers, not for its encodings too.
		const tight = new PageCache(8 * (page.body.byteLength + 100));
		tight.set('a', page);
		expect(tight.get('a')).toBeUndefined();
	});
});

describe('pageKey', () => {
	const key = (path: string) => pageKey(new URL(`http://himap.local${path}`), 'en', '7.2');
	it('keys a page by data version, language, path and view parameters', () => {
		expect(key('/?year=2024&dimension=governance')).toBe('7.2|en|/?year=2024&dimension=governance');
		expect(key('/compare?p=11,31,44')).not.toBe(key('/compare?p=11,31'));
		// The overview's figure views and the embedded charts are pages like the others.
		expect(key('/?view=table&year=2024')).toBe('7.2|en|/?view=table&year=2024');
		expect(key('/embed/province-radar?province=44&year=2024')).toBe(
			'7.2|en|/embed/province-radar?province=44&year=2024'
		);
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
