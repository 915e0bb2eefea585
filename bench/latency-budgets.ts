/**
 * Readers during an import: the built app serving the demo dataset is loaded on its
 * overview and its health check (5 connections each, 10 in all) while `himap import` stores and
 * scores 300,000 new hospitals for the latest round in another process, and for 10 s after.
 * Budget: p95 < 150 ms for both, during and after, with no errors or timeouts. Also reported: how
 * soon a server started on a database whose 300,000-row round was never scored answers.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printChecks, type Check } from './checks.ts';
import { runChild } from './children.ts';
import { buildApp, startDemoServer, startServer } from './demo-server.ts';
import { writeHospitalFile } from './hospital-file.ts';
import { loadLatency, warmOverview } from './overview-latency.ts';

const ROWS = Number(process.env.BENCH_LATENCY_ROWS ?? 300_000);
const BUDGET = { p95Ms: 150 };
const AFTER_SECONDS = 10;

type Latency = Awaited<ReturnType<typeof loadLatency>>;

export async function latencyBudgets({ build }: { build: boolean }): Promise<boolean> {
	if (build) {
		console.log('building the app (npm run build; --no-build reuses build/)…');
		buildApp();
	}
	const dir = mkdtempSync(join(tmpdir(), 'himap-bench-latency-'));
	try {
		const file = join(dir, 'hospital-2024.csv');
		console.log(`generating ${ROWS.toLocaleString('en')} new hospitals for 2024…`);
		await writeHospitalFile(file, ROWS, 2024, 'BENCH');
		console.log('seeding the demo dataset and starting the built app…');
		const server = await startDemoServer();
		const checks: Check[] = [];
		try {
			await warmOverview(server.base);
			const importer = spawn(process.execPath, ['bin/himap.js', 'import', file, '--db', server.url], {
				stdio: ['ignore', 'ignore', 'inherit']
			});
			const started = performance.now();
			const done = once(importer, 'exit');
			const during = await Promise.all([
				loadLatency(`${server.base}/?lang=zh-CN`, 5, 600, done),
				loadLatency(`${server.base}/api/v1/health`, 5, 600, done)
			]);
			const [code] = (await done) as [number];
			if (code !== 0) throw new Error(`himap import exited ${code}`);
			console.log(
				`himap import of ${ROWS.toLocaleString('en')} rows, scoring included: ${((performance.now() - started) / 1000).toFixed(1)} s`
			);
			const after = await Promise.all([
				loadLatency(`${server.base}/?lang=zh-CN`, 5, AFTER_SECONDS),
				loadLatency(`${server.base}/api/v1/health`, 5, AFTER_SECONDS)
			]);
			for (const [when, [overview, health]] of [
				['during the import', during],
				['after it', after]
			] as const) {
				checks.push(line(`GET / ${when}`, overview), line(`GET /api/v1/health ${when}`, health));
			}
		} finally {
			await server.stop();
		}

		// A server started on a round that was never scored answers at once and scores it meanwhile.
		const url = `sqlite:${join(dir, 'unscored.db')}`;
		const imported = runChild('bench/import-child.ts', file, url);
		if (imported.code !== 0) throw new Error('import failed');
		const fresh = await startServer(url);
		try {
			const page = await fetch(`${fresh.base}/?lang=en`);
			const html = await page.text();
			console.log(
				`server on a database with ${ROWS.toLocaleString('en')} unscored respondents: healthy after ${fresh.startSeconds.toFixed(2)} s; ` +
					`overview ${page.status}${html.includes('being scored for the first time') ? ', saying the round is being scored' : ''}`
			);
			checks.push([
				`server started on an unscored round answers its health check after ${fresh.startSeconds.toFixed(2)} s (budget < 5 s)`,
				fresh.startSeconds < 5 && page.status === 200
			]);
		} finally {
			await fresh.stop();
		}
		return printChecks(checks);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

function line(what: string, r: Latency): Check {
	const failures = r.errors + r.timeouts + r.non2xx;
	return [
		`${what}, 5 connections (10 in all): p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, max ${r.max.toFixed(0)} ms, ` +
			`${r.responses} responses, ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx (budget p95 < ${BUDGET.p95Ms} ms, no failures)`,
		r.p95 < BUDGET.p95Ms && failures === 0
	];
}
