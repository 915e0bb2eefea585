/**
 * A fresh database holding the demo dataset, seeded and scored (`himap seed-demo`): the first test
 * of a run that asks seeds a template (tests/setup/demo-cache.ts), every test gets a copy — a file
 * copy on SQLite, `CREATE DATABASE … TEMPLATE` on PostgreSQL. Test files run in parallel
 * processes: a lock makes the others wait for the one seeding.
 */
import {
	closeSync,
	copyFileSync,
	existsSync,
	mkdtempSync,
	openSync,
	renameSync,
	rmSync,
	readFileSync,
	unlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { PG_ADMIN_URL, type Dialect, type TestDatabase } from './databases.ts';
import { adminClient } from './pg-admin.ts';

/** Seeds `url`, and keeps what `himap seed-demo` printed beside the template (see demoSeedOutput). */
async function seed(url: string, cache: string, dialect: Dialect): Promise<void> {
	let out = '';
	let log = '';
	const code = await run(['seed-demo', '--db', url], {
		out: (t) => void (out += t),
		err: (t) => void (log += t)
	});
	if (code !== 0) throw new Error(`seed-demo failed: ${log}`);
	writeFileSync(join(cache, `seed-${dialect}.log`), out + log);
}

let counter = 0;

export async function demoDatabase(dialect: Dialect): Promise<TestDatabase> {
	const { dir, pgTemplate } = inject('demoCache');
	return dialect === 'sqlite' ? sqliteCopy(dir) : postgresCopy(pgTemplate, dir);
}

/**
 * What `himap seed-demo` printed (standard output, then standard error) when it seeded the template
 * the copies of `dialect` come from: call after demoDatabase(dialect).
 */
export function demoSeedOutput(dialect: Dialect): string {
	return readFileSync(join(inject('demoCache').dir, `seed-${dialect}.log`), 'utf8');
}

async function sqliteCopy(cache: string): Promise<TestDatabase> {
	const template = join(cache, 'demo.db');
	const lock = join(cache, 'demo.lock');
	while (!existsSync(template)) {
		let fd: number;
		try {
			fd = openSync(lock, 'wx');
		} catch {
			await new Promise((r) => setTimeout(r, 250));
			continue;
		}
		closeSync(fd);
		try {
			// Seeded under another name and renamed, so a half-seeded file is never copied.
			const seeding = join(cache, 'seeding.db');
			await seed(`sqlite:${seeding}`, cache, 'sqlite');
			renameSync(seeding, template);
		} finally {
			unlinkSync(lock);
		}
	}
	const dir = mkdtempSync(join(tmpdir(), 'himap-test-'));
	copyFileSync(template, join(dir, 'himap.db'));
	return {
		dialect: 'sqlite',
		url: `sqlite:${join(dir, 'himap.db')}`,
		drop: async () => rmSync(dir, { recursive: true, force: true })
	};
}

async function postgresCopy(template: string, cache: string): Promise<TestDatabase> {
	const admin = await adminClient();
	const name = `himap_t_${process.pid}_${Date.now().toString(36)}_${counter++}`;
	try {
		// The first test to take the lock seeds the template; the others find it there.
		await admin.query('select pg_advisory_lock(hashtext($1))', [template]);
		const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [template]);
		if (!rowCount) {
			const url = new URL(PG_ADMIN_URL);
			url.pathname = `/${template}_seeding`;
			await admin.query(`DROP DATABASE IF EXISTS ${template}_seeding`);
			await admin.query(`CREATE DATABASE ${template}_seeding`);
			await seed(url.toString(), cache, 'postgres');
			await admin.query(`ALTER DATABASE ${template}_seeding RENAME TO ${template}`);
		}
		await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
		await admin.query('select pg_advisory_unlock(hashtext($1))', [template]);
	} finally {
		await admin.end();
	}
	const url = new URL(PG_ADMIN_URL);
	url.pathname = `/${name}`;
	return {
		dialect: 'postgres',
		url: url.toString(),
		drop: async () => {
			const c = await adminClient();
			await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			await c.end();
		}
	};
}
