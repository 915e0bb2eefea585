/**
 * scripts/ensure-postgres.sh: a server that works is used as it is; where none answers, the script
 * makes a throwaway cluster of its own rather than touch any server's configuration, prints its
 * URL, and `stop` removes it. Where it cannot make one (no initdb), it says what is missing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { freePort } from '../helpers/app-server.ts';
import { PG_ADMIN_URL } from '../helpers/databases.ts';

function ensurePostgres(env: Record<string, string>, args: string[] = []) {
	return new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
		const child = spawn('bash', ['scripts/ensure-postgres.sh', ...args], { env: { ...process.env, ...env } });
		let out = '';
		let err = '';
		child.stdout.on('data', (c) => (out += c));
		child.stderr.on('data', (c) => (err += c));
		child.on('close', (code) => resolve({ code, out, err }));
	});
}

/** Whether the script could find initdb (after its run: as root on Debian it installs it). */
const initdbFound = () =>
	spawnSync('bash', ['-c', 'command -v initdb || ls /usr/lib/postgresql/*/bin/initdb'], { stdio: 'ignore' })
		.status === 0;

describe('scripts/ensure-postgres.sh', () => {
	it('prints the URL of a server that works, and makes nothing', async () => {
		const dir = join(tmpdir(), `himap-ensure-pg-${process.pid}-used`);
		const r = await ensurePostgres({ HIMAP_TEST_PG: PG_ADMIN_URL, HIMAP_TEST_PG_DIR: dir });
		expect(r).toMatchObject({ code: 0, out: `${PG_ADMIN_URL}\n` });
		expect(existsSync(dir)).toBe(false);
	});

	it('starts a throwaway cluster where no server answers, and stop removes it', async () => {
		const [nobody, port] = [await freePort(), await freePort()];
		const dir = join(tmpdir(), `himap-ensure-pg-${process.pid}-${port}`);
		const env = {
			HIMAP_TEST_PG: `postgres://postgres@127.0.0.1:${nobody}/postgres`,
			HIMAP_TEST_PG_PORT: String(port),
			HIMAP_TEST_PG_DIR: dir
		};
		const r = await ensurePostgres(env);
		if (!initdbFound()) {
			expect(r.code).toBe(1);
			expect(r.err).toContain('there is no initdb to make one');
			return;
		}
		try {
			expect(r, r.err).toMatchObject({ code: 0, out: `postgres://postgres@127.0.0.1:${port}/postgres\n` });
			const client = new pg.Client({ connectionString: r.out.trim() });
			await client.connect();
			const { rows } = await client.query('select current_setting($1) as port', ['port']);
			await client.end();
			expect(rows[0].port).toBe(String(port));
			// A second run finds it running and uses it.
			expect((await ensurePostgres(env)).out).toBe(r.out);
		} finally {
			expect((await ensurePostgres(env, ['stop'])).code).toBe(0);
		}
		expect(existsSync(dir)).toBe(false);
		const gone = new pg.Client({ connectionString: r.out.trim(), connectionTimeoutMillis: 2000 });
		await expect(gone.connect()).rejects.toThrow();
	});
});
