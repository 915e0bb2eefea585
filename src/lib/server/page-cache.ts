/**
 * Rendered dashboard pages, kept until the data or the scores change. A page is a function of its
 * URL, its language, the stored data and the stored score runs; responses, submissions and runs
 * only ever get larger ids (runs.repository.ts sees to that for runs), so their newest ids name
 * the state of what a page shows, and one indexed query per request tells whether a page is
 * current. Rendering the overview costs ~15 ms of one event loop; twenty readers at once would queue.
 */
import { sql } from 'kysely';
import type { HimapDatabase } from './db/connect.ts';
import {
	compressionEnabled,
	encodedHeaders,
	encodeBytes,
	MIN_BYTES,
	type Encoding
} from './http/compression.ts';

export async function dataVersion({ db }: HimapDatabase): Promise<string> {
	// Publishing a round shows it on the pages; publishing is final, so the count only grows. A
	// review move adds no row but changes what is scored (db/round-source.ts): its sequence number
	// moves the version too, so the scoring runner (which watches it) rescores after an approval.
	const { rows } = await sql<{
		r: number | null;
		s: number | null;
		x: number | null;
		p: number | string;
		q: number | null;
	}>`
		select (select max(id) from responses) as r, (select max(id) from submissions) as s,
			(select max(id) from score_runs) as x,
			(select count(*) from rounds where state = 'published') as p,
			(select max(review_seq) from submissions) as q`.execute(db);
	const q = Number(rows[0]?.q ?? 0);
	// Without a review move the version reads as before (q is 0 until the first one).
	return `${rows[0]?.r ?? 0}.${rows[0]?.s ?? 0}.${rows[0]?.x ?? 0}.${Number(rows[0]?.p ?? 0)}${q ? `.${q}` : ''}`;
}

const sizeOf = (key: string, page: CachedPage) =>
	key.length * 2 +
	page.body.byteLength +
	(page.encoded?.br?.byteLength ?? 0) +
	(page.encoded?.gzip?.byteLength ?? 0) +
	page.headers.reduce((n, [k, v]) => n + 2 * (k.length + v.length), 0);

export interface CachedPage {
	status: number;
	headers: [string, string][];
	body: Uint8Array<ArrayBuffer>;
	/** The body compressed, made once when the page is kept, so that a hit costs no compression. */
	encoded?: Partial<Record<Encoding, Uint8Array<ArrayBuffer>>>;
}

/**
 * A rendered page as kept: the body, and both encodings of it made now rather than on the first
 * hit that wants each, so that twenty readers arriving at once do not all compress the same page.
 * Both together are a fifth of the body or less.
 */
export async function pageToKeep(response: Response): Promise<CachedPage> {
	const body = new Uint8Array(await response.arrayBuffer());
	const page: CachedPage = { status: response.status, headers: [...response.headers], body };
	if (!compressionEnabled() || body.byteLength < MIN_BYTES) return page;
	const [br, gzip] = await Promise.all([encodeBytes(body, 'br'), encodeBytes(body, 'gzip')]);
	return { ...page, encoded: { br, gzip } };
}

/** A kept page as the client accepts it (null: identity). */
export function pageResponse(page: CachedPage, encoding: Encoding | null): Response {
	const body = encoding && page.encoded?.[encoding];
	if (!encoding || !body) return new Response(page.body, { status: page.status, headers: page.headers });
	return new Response(body, {
		status: page.status,
		headers: encodedHeaders(new Headers(page.headers), encoding, body.byteLength)
	});
}

/**
 * The cache key of a page request, or null when it is not to be kept: only the view parameters the
 * pages read, each short, so that junk in a URL can neither fill the cache nor change a kept page.
 */
export function pageKey(url: URL, locale: string, version: string): string | null {
	for (const [name, value] of url.searchParams) {
		if (!VIEW_PARAMS.has(name) || value.length > 64) return null;
	}
	if (url.pathname.length > 64) return null;
	return `${version}|${locale}|${url.pathname}?${url.searchParams}`;
}

const VIEW_PARAMS = new Set([
	'lang',
	'year',
	'dimension',
	'normalise',
	'weights',
	'aggregate',
	'p',
	'pick',
	'series',
	'province',
	'sort',
	'view'
]);

/**
 * Least recently used first out, bounded by bytes (key, headers, body and its encodings): a page is
 * tens of kilobytes.
 */
export class PageCache {
	readonly #pages = new Map<string, CachedPage>();
	#bytes = 0;

	constructor(private readonly maxBytes = 32 * 1024 * 1024) {}

	get(key: string): CachedPage | undefined {
		const page = this.#pages.get(key);
		if (page) {
			this.#pages.delete(key);
			this.#pages.set(key, page);
		}
		return page;
	}

	set(key: string, page: CachedPage): void {
		if (sizeOf(key, page) > this.maxBytes / 8) return;
		this.delete(key);
		this.#pages.set(key, page);
		this.#bytes += sizeOf(key, page);
		for (const [oldest, old] of this.#pages) {
			if (this.#bytes <= this.maxBytes) break;
			this.#pages.delete(oldest);
			this.#bytes -= sizeOf(oldest, old);
		}
	}

	delete(key: string): void {
		const old = this.#pages.get(key);
		if (old) this.#bytes -= sizeOf(key, old);
		this.#pages.delete(key);
	}

	get size(): number {
		return this.#pages.size;
	}
}
