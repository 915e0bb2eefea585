/**
 * Compression as the built server sends it (src/lib/server/http/compression.ts): pages, cached or
 * not, their client-side data, and exports streamed as CSV, each decoding to exactly what a client
 * that accepts no encoding gets; XLSX and small problem+json answers left as they are; the map's
 * GeoJSON served from its precompressed copy. Raw bytes through node:http, since fetch decodes.
 */
import { request } from 'node:http';
import { brotliDecompressSync, createGunzip, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededApp, type AppServer } from '../helpers/app-server.ts';

let app: AppServer;
beforeAll(async () => {
	app = await startSeededApp();
});
afterAll(async () => {
	await app?.stop();
});

interface Raw {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}

function raw(path: string, headers: Record<string, string> = {}): Promise<Raw> {
	return new Promise((resolve, reject) => {
		request(`${app.base}${path}`, { headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) })
			);
			res.on('error', reject);
		})
			.on('error', reject)
			.end();
	});
}

const decode = (r: Raw) =>
	r.headers['content-encoding'] === 'br'
		? brotliDecompressSync(r.body)
		: r.headers['content-encoding'] === 'gzip'
			? gunzipSync(r.body)
			: r.body;

describe('compressed answers', () => {
	it('sends a page as br or gzip, from the cache too, decoding to the identity page', async () => {
		const path = '/methodology?lang=en';
		const first = await raw(path, { 'accept-encoding': 'br' });
		const hit = await raw(path, { 'accept-encoding': 'br' });
		const gzip = await raw(path, { 'accept-encoding': 'gzip' });
		const identity = await raw(path);
		expect(identity.headers['content-encoding']).toBeUndefined();
		expect(identity.headers.vary).toMatch(/accept-encoding/i);
		expect(identity.body.toString()).toMatch(/^<!doctype html>/i);
		for (const [r, encoding] of [
			[first, 'br'],
			[hit, 'br'],
			[gzip, 'gzip']
		] as const) {
			expect(r.status).toBe(200);
			expect(r.headers['content-encoding']).toBe(encoding);
			expect(r.headers.vary).toMatch(/accept-encoding/i);
			expect(Number(r.headers['content-length'])).toBe(r.body.length);
			expect(r.body.length).toBeLessThan(identity.body.length / 4);
			expect(decode(r).equals(identity.body)).toBe(true);
		}
		expect(hit.body.equals(first.body)).toBe(true);
		expect(app.log()).toMatch(/"path":"\/methodology".*"cache":"hit"/);
		// Each representation has its own tag, and a client holding the br one is told it is current.
		expect(first.headers.etag).not.toBe(identity.headers.etag);
		const again = await raw(path, {
			'accept-encoding': 'br',
			'if-none-match': String(first.headers.etag)
		});
		expect(again.status).toBe(304);
	});

	it('compresses a page that is not cached, and the data of a client-side navigation', async () => {
		for (const path of [
			'/cities?lang=en&utm_source=mail',
			'/cities/__data.json?lang=en&x-sveltekit-invalidated=01'
		]) {
			const br = await raw(path, { 'accept-encoding': 'gzip, deflate, br' });
			const identity = await raw(path);
			expect(br.status).toBe(200);
			expect(br.headers['content-encoding']).toBe('br');
			expect(decode(br).equals(identity.body)).toBe(true);
		}
	});

	it('honours q=0, and sends identity to a client that accepts nothing else', async () => {
		const gzip = await raw('/?lang=en', { 'accept-encoding': 'br;q=0, gzip' });
		expect(gzip.headers['content-encoding']).toBe('gzip');
		const none = await raw('/?lang=en', { 'accept-encoding': 'identity' });
		expect(none.headers['content-encoding']).toBeUndefined();
		expect(decode(gzip).equals(none.body)).toBe(true);
	});

	it('streams a CSV export gzipped: the headers come before the body ends, and it decodes to the same bytes', async () => {
		const path = '/api/v1/export/responses?year=2024';
		const identity = await raw(path);
		expect(identity.status).toBe(200);
		const { early, decoded } = await new Promise<{ early: boolean; decoded: Buffer }>((resolve, reject) => {
			request(`${app.base}${path}`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
				expect(res.headers['content-encoding']).toBe('gzip');
				expect(res.headers['content-type']).toMatch(/^text\/csv/);
				expect(res.headers['content-length']).toBeUndefined();
				// Not yet complete when its headers arrive: the export is still being read.
				const early = !res.complete;
				const chunks: Buffer[] = [];
				res
					.pipe(createGunzip())
					.on('data', (c: Buffer) => chunks.push(c))
					.on('end', () => resolve({ early, decoded: Buffer.concat(chunks) }))
					.on('error', reject);
			})
				.on('error', reject)
				.end();
		});
		expect(early).toBe(true);
		expect(identity.body.length).toBeGreaterThan(1_000_000);
		expect(decoded.equals(identity.body)).toBe(true);
	});

	it('does not compress XLSX again, and keeps small problem+json answers readable', async () => {
		const xlsx = await raw('/api/v1/export/provinces?year=2024&format=xlsx', {
			'accept-encoding': 'gzip, br'
		});
		expect(xlsx.status).toBe(200);
		expect(xlsx.headers['content-encoding']).toBeUndefined();
		expect(xlsx.body.subarray(0, 2).toString()).toBe('PK');
		const missing = await raw('/api/v1/export/nope', { 'accept-encoding': 'gzip, br' });
		expect(missing.status).toBe(404);
		expect(missing.headers['content-type']).toBe('application/problem+json');
		expect(JSON.parse(decode(missing).toString())).toMatchObject({ status: 404, title: 'Unknown table' });
	});

	it('serves the map GeoJSON from its precompressed copy', async () => {
		const br = await raw('/geo/china.json', { 'accept-encoding': 'br' });
		const identity = await raw('/geo/china.json');
		expect(br.headers['content-encoding']).toBe('br');
		expect(decode(br).equals(identity.body)).toBe(true);
	});
});
