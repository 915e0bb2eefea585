/**
 * Compression of the server's own text answers: pages, `__data.json`, the API's JSON and
 * problem+json, and exports streamed as CSV or JSON. Static files are not seen here: adapter-node
 * serves them precompressed from build/client (svelte.config.js). Brotli at quality 5 makes
 * smaller bodies than gzip -6 in about the same time; gzip is for clients without it.
 */
import { pipeline, Readable } from 'node:stream';
import { promisify } from 'node:util';
import {
	brotliCompress,
	constants,
	createBrotliCompress,
	createGzip,
	gzip,
	type BrotliOptions,
	type ZlibOptions
} from 'node:zlib';

export type Encoding = 'br' | 'gzip';

/** Smaller bodies are sent as they are: a packet either way, and compressing them costs more than it saves. */
export const MIN_BYTES = 1024;

const BROTLI: BrotliOptions = {
	params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT }
};
const GZIP: ZlibOptions = { level: 6 };

const COMPRESSIBLE =
	/^(text\/html|text\/csv|text\/plain|text\/sveltekit-data|application\/json|application\/problem\+json)\b/i;

/** `HIMAP_COMPRESS=0` leaves compression to a reverse proxy (docs/operations.md). */
export const compressionEnabled = () => process.env.HIMAP_COMPRESS !== '0';

/**
 * The encoding to answer with, from Accept-Encoding (RFC 9110 §12.5.3): the acceptable one with
 * the highest q, br on a tie; `*` stands for any coding not named; null for identity.
 */
export function chooseEncoding(acceptEncoding: string | null): Encoding | null {
	if (!acceptEncoding) return null;
	const q = new Map<string, number>();
	for (const part of acceptEncoding.split(',')) {
		const [name, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
		if (!name) continue;
		const qParam = params.find((p) => /^q\s*=/.test(p));
		const value = qParam === undefined ? 1 : Number(qParam.replace(/^q\s*=\s*/, ''));
		q.set(name === 'x-gzip' ? 'gzip' : name, Number.isFinite(value) ? value : 0);
	}
	const weight = (coding: Encoding) => q.get(coding) ?? q.get('*') ?? 0;
	const br = weight('br');
	const gz = weight('gzip');
	if (br <= 0 && gz <= 0) return null;
	return br >= gz ? 'br' : 'gzip';
}

/** The encoding for this request, or null when it is to be answered in identity. */
export const requestEncoding = (request: Request): Encoding | null =>
	compressionEnabled() ? chooseEncoding(request.headers.get('accept-encoding')) : null;

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** A whole body, compressed in libuv's thread pool so the event loop keeps answering. */
export async function encodeBytes(body: Uint8Array, encoding: Encoding): Promise<Uint8Array<ArrayBuffer>> {
	const out =
		encoding === 'br'
			? await brotliAsync(body, {
					params: { ...BROTLI.params, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength }
				})
			: await gzipAsync(body, GZIP);
	return new Uint8Array(out.buffer as ArrayBuffer, out.byteOffset, out.byteLength);
}

/**
 * Headers of the encoded representation: its own ETag (a strong tag names one representation, and
 * SvelteKit answers If-None-Match by comparing with the tag set here), its own length.
 */
export function encodedHeaders(headers: Headers, encoding: Encoding, length?: number): Headers {
	const out = new Headers(headers);
	out.set('content-encoding', encoding);
	addVary(out);
	const etag = out.get('etag');
	if (etag && /"$/.test(etag)) out.set('etag', `${etag.slice(0, -1)}-${encoding}"`);
	if (length === undefined) out.delete('content-length');
	else out.set('content-length', String(length));
	return out;
}

function addVary(headers: Headers): void {
	const vary = headers.get('vary');
	if (!vary) headers.set('vary', 'accept-encoding');
	else if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary))
		headers.set('vary', `${vary}, accept-encoding`);
}

/** Whether a response is one this module would compress for a client that accepts it. */
export function compressible(request: Request, response: Response): boolean {
	const { status, headers } = response;
	return (
		request.method !== 'HEAD' &&
		response.body !== null &&
		status >= 200 &&
		status !== 204 &&
		status !== 206 &&
		status !== 304 &&
		!headers.has('content-encoding') &&
		COMPRESSIBLE.test(headers.get('content-type') ?? '') &&
		!/no-transform/i.test(headers.get('cache-control') ?? '') &&
		!(Number(headers.get('content-length') ?? Infinity) < MIN_BYTES)
	);
}

/**
 * The response compressed as the client accepts. The first kilobyte is read to tell a small body
 * (sent as it is) from a large one; the rest is compressed as it comes, each chunk flushed, so an
 * export streams as before: memory stays bounded and the first rows arrive at once.
 */
export async function compressResponse(request: Request, response: Response): Promise<Response> {
	if (!compressible(request, response)) return response;
	const encoding = requestEncoding(request);
	const init = { status: response.status, statusText: response.statusText };
	if (!encoding) {
		const headers = new Headers(response.headers);
		addVary(headers);
		return new Response(response.body, { ...init, headers });
	}
	const reader = response.body!.getReader();
	const head: Uint8Array[] = [];
	let size = 0;
	let ended = false;
	let failure: unknown = null;
	try {
		while (size < MIN_BYTES) {
			const { done, value } = await reader.read();
			if (done) {
				ended = true;
				break;
			}
			head.push(value);
			size += value.byteLength;
		}
	} catch (e) {
		// Told to the client as the failure of the stream, as without compression.
		failure = e;
	}
	if (ended) {
		const whole = concat(head, size);
		if (size < MIN_BYTES) {
			const headers = new Headers(response.headers);
			addVary(headers);
			return new Response(whole, { ...init, headers });
		}
		const body = await encodeBytes(whole, encoding);
		return new Response(body, {
			...init,
			headers: encodedHeaders(response.headers, encoding, body.byteLength)
		});
	}
	const zip =
		encoding === 'br'
			? createBrotliCompress({ ...BROTLI, flush: constants.BROTLI_OPERATION_FLUSH })
			: createGzip({ ...GZIP, flush: constants.Z_SYNC_FLUSH });
	// Either side failing destroys the other: a client that leaves cancels the source (an export
	// frees its slot), and a source that fails ends the download unfinished.
	pipeline(Readable.from(rest(head, reader, failure), { objectMode: false }), zip, () => {});
	return new Response(Readable.toWeb(zip) as ReadableStream<Uint8Array>, {
		...init,
		headers: encodedHeaders(response.headers, encoding)
	});
}

async function* rest(
	head: Uint8Array[],
	reader: ReadableStreamDefaultReader<Uint8Array>,
	failure: unknown
): AsyncGenerator<Uint8Array> {
	try {
		yield* head;
		if (failure !== null) throw failure;
		for (;;) {
			const { done, value } = await reader.read();
			if (done) return;
			yield value;
		}
	} finally {
		reader.cancel().catch(() => {});
	}
}

function concat(chunks: Uint8Array[], size: number): Uint8Array<ArrayBuffer> {
	const out = new Uint8Array(size);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.byteLength;
	}
	return out;
}
