/**
 * The built app serving a fresh SQLite file seeded with the demo dataset, as production runs it:
 * `node build/index.js`. The integration and browser tiers build it again before they start
 * whenever its sources changed (tests/setup/app-build.ts). Shared by the server-rendered page tests
 * and the browser tests.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import type { TestDatabase } from './databases.ts';
import { demoDatabase } from './demo-database.ts';

export interface AppServer {
	/** `http://127.0.0.1:<port>`, no trailing slash. */
	base: string;
	db: TestDatabase;
	stop(): Promise<void>;
	/** Whether the server process is still running. */
	alive(): boolean;
	/** What the server wrote to standard error so far. */
	log(): string;
}

/** A port nobody listens on right now: test files run in parallel, each with its own server. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
		});
	});
}

/**
 * The built app over a database the caller made; `stop` ends the server, the database stays.
 * `healthy: false` waits only for an answer of any status (a server started on a database it
 * cannot reach answers 503). `cwd` starts it from another working directory.
 */
export async function startApp(
	db: TestDatabase,
	options: { env?: Record<string, string>; healthy?: boolean; cwd?: string } = {}
): Promise<AppServer> {
	const entry = resolve('build/index.js');
	if (!existsSync(entry))
		throw new Error(
			'the app is not built: run the tests with vitest (tests/setup/app-build.ts builds it), or `npm run build`'
		);
	let log = '';
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	const server = spawn(process.execPath, [entry], {
		cwd: options.cwd,
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: base,
			DATABASE_URL: db.url,
			// As `himap serve` sets it (src/cli/commands/serve.ts): room for a survey file.
			BODY_SIZE_LIMIT: String(101 * 1024 * 1024),
			...options.env
		},
		stdio: ['ignore', 'ignore', 'pipe']
	});
	server.stderr.on('data', (chunk: Buffer) => void (log += chunk.toString()));
	const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
	const stop = async () => {
		if (server.exitCode === null) server.kill();
		await exited;
	};
	const alive = () => server.exitCode === null && server.signalCode === null;
	for (let i = 0; i < 100 && server.exitCode === null; i++) {
		const up = await fetch(`${base}/api/v1/health`).then(
			(r) => r.ok || options.healthy === false,
			() => false
		);
		if (up) return { base, db, stop, alive, log: () => log };
		await new Promise((r) => setTimeout(r, 200));
	}
	await stop();
	throw new Error(`the server did not start on ${base}: ${log}`);
}

/** The built app over a fresh SQLite file seeded with the demo; `stop` drops the database too. */
export async function startSeededApp(): Promise<AppServer> {
	const db = await demoDatabase('sqlite');
	const app = await startApp(db).catch(async (e) => {
		await db.drop();
		throw e;
	});
	return {
		...app,
		stop: async () => {
			await app.stop();
			await db.drop();
		}
	};
}

/** One export table as the app serves it (`/api/v1/export/<table>`), parsed: what the pages must show. */
export async function exportRows(
	app: AppServer,
	table: string,
	year?: number
): Promise<Record<string, string>[]> {
	const response = await fetch(`${app.base}/api/v1/export/${table}?format=csv${year ? `&year=${year}` : ''}`);
	if (!response.ok) throw new Error(`export ${table}: HTTP ${response.status}`);
	return Papa.parse<Record<string, string>>(await response.text(), { header: true, skipEmptyLines: true })
		.data;
}
