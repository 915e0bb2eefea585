/**
 * The dashboard budgets: overview latency under load, and the JavaScript and map a browser
 * downloads for it, against the built app serving the demo dataset.
 */
import { printChecks, type Check } from './checks.ts';
import { buildApp, startDemoServer } from './demo-server.ts';
import { CONNECTIONS, SECONDS, overviewLatency, warmOverview } from './overview-latency.ts';
import { overviewWeight, type Download } from './overview-weight.ts';

export const BUDGET = { p95Ms: 100, jsGzipKb: 400, mapGzipKb: 250 };

/** Each language as a browser asks (compressed) and as a client that accepts only identity. */
const LOADS = [
	['zh-CN', 'gzip, deflate, br, zstd'],
	['en', 'gzip, deflate, br, zstd'],
	['zh-CN', null],
	['en', null]
] as const;

// KB as Vite prints them: 1,000 bytes.
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const sum = (xs: Download[], key: 'raw' | 'gzip') => xs.reduce((n, x) => n + x[key], 0);

export async function dashboardBudgets({ build }: { build: boolean }): Promise<boolean> {
	if (build) {
		console.log('building the app (npm run build; --no-build reuses build/)…');
		buildApp();
	}
	console.log('seeding the demo dataset into a temporary SQLite file and starting the built app…');
	const server = await startDemoServer();
	try {
		const warm = await warmOverview(server.base);
		console.log(
			`warm-up: ${warm.requests} overview requests in ${warm.seconds.toFixed(1)} s; ` +
				(warm.intervals
					? 'rank intervals in the page (background Monte Carlo done)'
					: 'rank intervals still missing when the warm-up timed out: measuring the page without them')
		);

		const checks: Check[] = [];
		const weights = [];
		for (const lang of ['zh-CN', 'en']) {
			const w = await overviewWeight(server.base, lang);
			weights.push(w);
			const js = sum(w.scripts, 'gzip');
			const top = w.scripts
				.slice(0, 4)
				.map((s) => `${new URL(s.url).pathname.split('/').pop()} ${kb(s.gzip)}`)
				.join(', ');
			console.log(
				`overview ?lang=${lang}: ${w.scripts.length} scripts, ${kb(sum(w.scripts, 'raw'))} raw, ${kb(js)} gzip (largest: ${top}); ` +
					`HTML ${kb(w.html.raw)} raw, ${kb(w.html.gzip)} gzip`
			);
			checks.push([
				`overview ?lang=${lang} JavaScript ${kb(js)} gzip -9, ${w.scripts.length} scripts requested${w.problems.length ? `; ${w.problems.join(', ')}` : ''} (budget < ${BUDGET.jsGzipKb} KB)`,
				js < BUDGET.jsGzipKb * 1000 && w.problems.length === 0
			]);
		}
		const map = weights[0].map;
		checks.push([
			map
				? `map GeoJSON ${new URL(map.url).pathname}: ${kb(map.raw)} raw, ${kb(map.gzip)} gzip -9 (budget < ${BUDGET.mapGzipKb} KB gzip)`
				: 'map GeoJSON: the overview never fetched it',
			map !== null && map.gzip < BUDGET.mapGzipKb * 1000
		]);

		for (const [lang, encoding] of LOADS) {
			const r = await overviewLatency(
				`${server.base}/?lang=${lang}`,
				encoding ? { 'accept-encoding': encoding } : undefined
			);
			const failures = r.errors + r.timeouts + r.non2xx;
			checks.push([
				`GET /?lang=${lang} ${encoding ? `accept-encoding: ${encoding}` : 'no accept-encoding'}, ${CONNECTIONS} connections, ${SECONDS} s: p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, ` +
					`${r.reqPerSec.toFixed(1)} req/s, ${r.responses} responses, ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx ` +
					`(budget p95 < ${BUDGET.p95Ms} ms, no failures)`,
				r.p95 < BUDGET.p95Ms && failures === 0
			]);
		}
		const ok = printChecks(checks);
		if (map) {
			const js = sum(weights[0].scripts, 'gzip');
			console.log(`overview ?lang=zh-CN JavaScript + map: ${kb(js + map.gzip)} gzip (reported, no budget)`);
		}
		return ok;
	} finally {
		await server.stop();
	}
}
