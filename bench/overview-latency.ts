/**
 * Server latency of the overview page (`GET /`, server-rendered) under load: autocannon, 20
 * connections on loopback, against a warmed server.
 */
import { createRequire } from 'node:module';

/** The part of autocannon's API used here (the package ships no types). */
interface AutocannonResult {
	errors: number;
	timeouts: number;
	non2xx: number;
	duration: number;
	requests: { average: number; total: number };
}
interface AutocannonInstance extends PromiseLike<AutocannonResult> {
	on(
		event: 'response',
		listener: (client: unknown, statusCode: number, bytes: number, ms: number) => void
	): void;
	stop(): void;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (opts: {
	url: string;
	connections: number;
	duration: number;
	headers?: Record<string, string>;
}) => AutocannonInstance;

export const CONNECTIONS = 20;
export const SECONDS = 10;

/** 5–95 % rank intervals in the ranking table, e.g. `>3–7<`: present once the Monte Carlo is done. */
const INTERVAL = />\d+–\d+</;

/**
 * The server starts the latest round's rank intervals (seconds of Monte Carlo) in the background,
 * and the overview shows them once they are done. We warm up until the HTML carries them, not for
 * a fixed number of requests, so the load test measures the page every later visitor gets rather
 * than a start-up still busy with the simulation. `intervals` is false if they never came.
 */
export async function warmOverview(base: string, timeoutMs = 120_000) {
	const started = performance.now();
	let requests = 0;
	let intervals = false;
	while (performance.now() - started < timeoutMs) {
		for (const lang of ['zh-CN', 'en']) {
			const res = await fetch(`${base}/?lang=${lang}`);
			const html = await res.text();
			if (!res.ok) throw new Error(`GET /?lang=${lang}: ${res.status}`);
			requests++;
			intervals = INTERVAL.test(html);
		}
		if (intervals && requests >= 10) break;
		await new Promise((r) => setTimeout(r, 100));
	}
	return { requests, seconds: (performance.now() - started) / 1000, intervals };
}

/** Nearest-rank percentile of sorted values. */
const percentile = (sorted: number[], p: number) =>
	sorted.length ? sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;

/**
 * autocannon sends no Accept-Encoding of its own: `headers` adds the one a browser sends, so the
 * page's compression (src/lib/server/http/compression.ts) is measured too.
 */
export const overviewLatency = (url: string, headers?: Record<string, string>) =>
	loadLatency(url, CONNECTIONS, SECONDS, undefined, headers);

/**
 * Latency of `url` under `connections` concurrent clients for `seconds`, or until `until`
 * settles (then `seconds` is only the longest it may last).
 */
export async function loadLatency(
	url: string,
	connections: number,
	seconds: number,
	until?: Promise<unknown>,
	headers?: Record<string, string>
) {
	const instance = autocannon({ url, connections, duration: seconds, headers });
	void until?.finally(() => instance.stop());
	// autocannon's latency summary has p90 and p97.5 but no p95, and does not expose its
	// histogram: keep every response time it reports and take the percentiles from those. A
	// request that times out (after 10 s) has no response time: it counts as a failure instead.
	const times: number[] = [];
	instance.on('response', (_client, _status, _bytes, ms) => void times.push(ms));
	const result = await instance;
	times.sort((a, b) => a - b);
	return {
		url,
		responses: times.length,
		p50: percentile(times, 50),
		p95: percentile(times, 95),
		p99: percentile(times, 99),
		max: times.at(-1) ?? NaN,
		reqPerSec: result.requests.total / result.duration,
		errors: result.errors,
		timeouts: result.timeouts,
		non2xx: result.non2xx
	};
}
