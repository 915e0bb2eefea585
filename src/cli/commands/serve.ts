import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { resolveDatabaseUrl } from '../../lib/server/db/connect.ts';
import { maxUploadBytes } from '../../lib/server/http/upload.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';

export const help = `Usage: himap serve [--port N] [--host H] [--db URL]

Runs the built web app (build it first with \`npm run build\`). Migrations run at start.`;

export async function run(args: string[], io: CliIo): Promise<number> {
	const { values } = parseArgs({
		args,
		options: {
			port: { type: 'string', default: '3000' },
			host: { type: 'string', default: '127.0.0.1' },
			db: { type: 'string' }
		}
	});
	if (!/^\d+$/.test(values.port)) throw new UsageError(`--port must be a number, not "${values.port}"`);
	const entry = resolve('build/index.js');
	if (!existsSync(entry)) throw new UsageError('the app is not built yet; run `npm run build` first');
	process.env.PORT = values.port;
	process.env.HOST = values.host;
	process.env.DATABASE_URL = resolveDatabaseUrl(values.db);
	// adapter-node checks the request origin against ORIGIN; default to the address we serve on.
	process.env.ORIGIN ??= `http://${values.host === '0.0.0.0' ? 'localhost' : values.host}:${values.port}`;
	// adapter-node refuses bodies over BODY_SIZE_LIMIT (512 KB by default) before HIMAP sees them:
	// room for the largest survey file, which HIMAP itself limits (http/upload.ts) with a clear answer.
	process.env.BODY_SIZE_LIMIT ??= String(maxUploadBytes() + 1024 * 1024);
	await import(pathToFileURL(entry).href);
	io.out(`HIMAP is running at ${process.env.ORIGIN} (database ${process.env.DATABASE_URL})\n`);
	// The HTTP server keeps the process alive until it is stopped.
	return new Promise<number>(() => {}).then(() => EXIT.ok);
}
