/**
 * The built app serving the demo dataset, as `npm run demo` runs it, but from a fresh temporary
 * SQLite file on a free loopback port, removed again by `stop()`.
 */
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface DemoServer {
	base: string;
	stop(): Promise<void>;
}

/** `npm run build`, quietly; its output only if it fails. */
export function buildApp(): void {
	try {
		execFileSync('npm', ['run', 'build'], { stdio: 'pipe', encoding: 'utf8', maxBuffer: 1 << 26 });
	} catch (e) {
		const { stdout = '', stderr = '' } = e as { stdout?: string; stderr?: string };
		throw new Error(`npm run build failed:\n${stdout.slice(-4000)}\n${stderr.slice(-4000)}`);
	}
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.on('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as AddressInfo;
			probe.close(() => resolve(port));
		});
	});
}

export async function startDemoServer(): Promise<DemoServer> {
	if (!existsSync('build/index.js')) throw new Error('build/ is missing: run without --no-build');
	const dir = mkdtempSync(join(tmpdir(), 'himap-bench-app-'));
	const url = `sqlite:${join(dir, 'himap.db')}`;
	execFileSync(process.execPath, ['bin/himap.js', 'seed-demo', '--db', url], {
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	const server = spawn(process.execPath, ['build/index.js'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: base, DATABASE_URL: url },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const exited = once(server, 'exit');
	const stop = async () => {
		if (server.exitCode === null && server.signalCode === null) {
			server.kill('SIGTERM');
			const timer = setTimeout(() => server.kill('SIGKILL'), 5000);
			await exited;
			clearTimeout(timer);
		}
		rmSync(dir, { recursive: true, force: true });
	};
	for (let i = 0; i < 150; i++) {
		if (server.exitCode !== null) break;
		const up = await fetch(`${base}/api/v1/health`).then(
			(r) => r.ok,
			() => false
		);
		if (up) return { base, stop };
		await new Promise((r) => setTimeout(r, 200));
	}
	await stop();
	throw new Error('the app did not answer /api/v1/health within 30 s');
}
