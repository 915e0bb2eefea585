/**
 * Real databases for integration tests: a fresh SQLite file, and a fresh database on the
 * PostgreSQL server (HIMAP_TEST_PG, default the local server). No mocks. The PostgreSQL tier is
 * never skipped: if the server is missing the test fails and says how to start one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export type Dialect = 'sqlite' | 'postgres';
export const DIALECTS: Dialect[] = ['sqlite', 'postgres'];

export const PG_ADMIN_URL = process.env.HIMAP_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
	dialect: Dialect;
	url: string;
	drop(): Promise<void>;
}

let counter = 0;

export async function freshDatabase(dialect: Dialect): Promise<TestDatabase> {
	if (dialect === 'sqlite') {
		const dir = mkdtempSync(join(tmpdir(), 'himap-test-'));
		return {
			dialect,
			url: `sqlite:${join(dir, 'himap.db')}`,
			drop: async () => rmSync(dir, { recursive: true, force: true })
		};
	}
	const name = `himap_t_${process.pid}_${Date.now().toString(36)}_${counter++}`;
	const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
	try {
		await admin.connect();
	} catch (e) {
		throw new Error(
			`PostgreSQL is not reachable at ${PG_ADMIN_URL} (${(e as Error).message}). ` +
				'Run `bash scripts/ensure-postgres.sh`: it prints the URL to set as HIMAP_TEST_PG, starting a throwaway server where none answers (docs/operations.md).'
		);
	}
	await admin.query(`CREATE DATABASE ${name}`);
	await admin.end();
	const url = new URL(PG_ADMIN_URL);
	url.pathname = `/${name}`;
	return {
		dialect,
		url: url.toString(),
		drop: async () => {
			const c = new pg.Client({ connectionString: PG_ADMIN_URL });
			await c.connect();
			await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			await c.end();
		}
	};
}
