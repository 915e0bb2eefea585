/**
 * The built app serving the demo dataset, as `npm run demo` runs it, but from a fresh temporary
 * SQLite file on a free loopback port, removed again by `stop()`; or serving any database.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningServer {
	base: string;
	stop(): Promise<void>;
	/** The server process's peak resident memory so far (Linux /proc). */
	peakRssMb(): number;
	/** From spawning it to its first healthy answer. */
	startSeconds: number;
}

export interface DemoServer extends RunningServer {
	/** The database it serves. */
	url: string;
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
	const dir = mkdtempSync(join(tmpdir(), 'himap-bench-app-'));
	const url = `sqlite:${join(dir, 'himap.db')}`;
	execFileSync(process.execPath, ['bin/himap.js', 'seed-demo', '--db', url], {
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const server = await startServer(url);
	return {
		...server,
		url,
		stop: async () => {
			await server.stop();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/** The built app on a database; `peakRssMb` reads the server process's own high-water mark. */
export async function startServer(url: string, env: Record<string, string> = {}): Promise<RunningServer> {
	if (!existsSync('build/index.js')) throw new Error('build/ is missing: run without --no-build');
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	const started = performance.now();
	const server = spawn(process.execPath, ['build/index.js'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: base, DATABASE_URL: url, ...env },
		stdio: ['ignore', 'ignore', 'pipe']
	});
	// The server logs every request, as in production, so that cost is in the budgets; only what
	// is not a routine request line reaches the bench's own output.
	createInterface({ input: server.stderr! }).on('line', (line) => {
		if (!/^\{"level":"(info|debug)".*"msg":"request"\}$/.test(line)) process.stderr.write(`${line}\n`);
	});
	const exited = once(server, 'exit');
	const stop = async () => {
		if (server.exitCode === null && server.signalCode === null) {
			server.kill('SIGTERM');
			const timer = setTimeout(() => server.kill('SIGKILL'), 5000);
			await exited;
			clearTimeout(timer);
		}
	};
	const peakRssMb = () => {
		const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
		return Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) / 1024;
	};
	for (let i = 0; i < 600; i++) {
		if (server.exitCode !== null) break;
		const up = await fetch(`${base}/api/v1/health`).then(
			(r) => r.ok,
			() => false
		);
		if (up) return { base, stop, peakRssMb, startSeconds: (performance.now() - started) / 1000 };
		await new Promise((r) => setTimeout(r, 50));
	}
	await stop();
	throw new Error('the app did not answer /api/v1/health within 30 s');
}
