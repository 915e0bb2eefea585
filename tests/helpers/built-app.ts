/**
 * The built app (`npm run build`) served over a given database, as production runs it, on a free
 * port so test files running side by side do not collide.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

export interface BuiltApp {
	base: string;
	stop(): void;
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

export async function startBuiltApp(databaseUrl: string): Promise<BuiltApp> {
	if (!existsSync('build/index.js'))
		throw new Error('the app is not built: run `npm run build` first (npm test does)');
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	const server = spawn(process.execPath, ['build/index.js'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: base, DATABASE_URL: databaseUrl },
		stdio: 'ignore'
	});
	const app = { base, stop: () => void server.kill() };
	for (let i = 0; i < 100; i++) {
		const up = await fetch(`${base}/api/v1/health`).then(
			(r) => r.ok,
			() => false
		);
		if (up) return app;
		await new Promise((r) => setTimeout(r, 200));
	}
	app.stop();
	throw new Error('the server did not start');
}
