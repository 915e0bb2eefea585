import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chooseEncoding, compressResponse, encodedHeaders } from './compression.ts';

describe('chooseEncoding', () => {
	it.each([
		[null, null],
		['', null],
		['identity', null],
		['gzip', 'gzip'],
		['x-gzip', 'gzip'],
		['br', 'br'],
		['gzip, deflate, br, zstd', 'br'],
		['gzip, deflate', 'gzip'],
		['br;q=0, gzip', 'gzip'],
		['br;q=0.5, gzip;q=0.8', 'gzip'],
		['BR;Q=0.9, GZIP;q=0.9', 'br'],
		['gzip;q=0, br;q=0', null],
		['*', 'br'],
		['*;q=0', null],
		['br;q=0, *', 'gzip'],
		['gzip;q=0, *;q=0.1', 'br'],
		['identity;q=1, *;q=0', null],
		['deflate, compress', null],
		['gzip;q=bogus', null]
	])('%j → %s', (header, expected) => {
		expect(chooseEncoding(header)).toBe(expected);
	});
});

describe('encodedHeaders', () => {
	it('names the encoding, varies on it, and gives the encoded representation its own tag and length', () => {
		const h = encodedHeaders(
			new Headers({ etag: '"abc"', 'content-length': '9000', vary: 'cookie' }),
			'br',
			1200
		);
		expect(h.get('content-encoding')).toBe('br');
		expect(h.get('vary')).toBe('cookie, accept-encoding');
		expect(h.get('etag')).toBe('"abc-br"');
		expect(h.get('content-length')).toBe('1200');
		expect(encodedHeaders(new Headers({ 'content-length': '9000' }), 'gzip').has('content-length')).toBe(
			false
		);
	});
});

const get = (encoding?: string, method = 'GET') =>
	new Request('http://himap.local/', {
		method,
		headers: encoding ? { 'accept-encoding': encoding } : {}
	});
const text = (body: string, type = 'text/html; charset=utf-8', init: ResponseInit = {}) =>
	new Response(body, { ...init, headers: { 'content-type': type, ...init.headers } });
const big = '<p>indicator</p>'.repeat(500);

describe('compressResponse', () => {
	it('compresses a large text body as asked, and leaves it as it is when nothing is accepted', async () => {
		const br = await compressResponse(get('br'), text(big));
		expect(br.headers.get('content-encoding')).toBe('br');
		expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(big);
		const gz = await compressResponse(get('gzip'), text(big, 'text/csv'));
		expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(big);
		const plain = await compressResponse(get(), text(big));
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(plain.headers.get('vary')).toBe('accept-encoding');
		expect(await plain.text()).toBe(big);
	});

	it('leaves small bodies, other types, HEAD, 204/304 and encoded bodies alone', async () => {
		const cases: [Request, Response][] = [
			[get('br'), text('{"title":"x"}', 'application/problem+json', { status: 503 })],
			[get('br'), text(big, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')],
			[get('br', 'HEAD'), text(big)],
			[get('br'), new Response(null, { status: 204 })],
			[get('br'), text(big, 'text/html', { headers: { 'content-encoding': 'gzip' } })],
			[get('br'), text(big, 'text/html', { headers: { 'cache-control': 'no-transform' } })]
		];
		for (const [request, response] of cases) {
			const out = await compressResponse(request, response);
			expect(out.headers.get('content-encoding') ?? 'identity').not.toBe('br');
		}
	});

	it('sends everything plain under HIMAP_COMPRESS=0, for a proxy that compresses', async () => {
		process.env.HIMAP_COMPRESS = '0';
		try {
			const out = await compressResponse(get('gzip, br'), text(big));
			expect(out.headers.get('content-encoding')).toBeNull();
			expect(await out.text()).toBe(big);
		} finally {
			delete process.env.HIMAP_COMPRESS;
		}
	});

	it('compresses a stream as it comes, chunk by chunk, to the same bytes', async () => {
		const chunks = Array.from({ length: 20 }, (_, i) => `${i},${'x'.repeat(2000)}\n`);
		let pulled = 0;
		const body = new ReadableStream<Uint8Array>({
			pull(controller) {
				if (pulled === chunks.length) return controller.close();
				controller.enqueue(new TextEncoder().encode(chunks[pulled++]));
			}
		});
		const out = await compressResponse(
			get('gzip'),
			new Response(body, { headers: { 'content-type': 'text/csv' } })
		);
		expect(out.headers.get('content-encoding')).toBe('gzip');
		// Only the first kilobyte was read before the headers were ready.
		expect(pulled).toBeLessThan(3);
		expect(gunzipSync(Buffer.from(await out.arrayBuffer())).toString()).toBe(chunks.join(''));
	});

	it('cancels the source when the client stops reading', async () => {
		let cancelled = false;
		const body = new ReadableStream<Uint8Array>({
			pull: (controller) => controller.enqueue(new Uint8Array(4096).fill(65)),
			cancel: () => void (cancelled = true)
		});
		const out = await compressResponse(
			get('br'),
			new Response(body, { headers: { 'content-type': 'text/csv' } })
		);
		const reader = out.body!.getReader();
		await reader.read();
		await reader.cancel();
		await expect.poll(() => cancelled).toBe(true);
	});
});
