/**
 * What `/api/v1/health` checks, for real (saying what is wrong without naming paths or hosts,
 * which belong in the server's log, not in an unauthenticated answer): that a query reads the database; for SQLite that the
 * file at the configured path is still the one the server has open (a file deleted or replaced
 * under a running server leaves it serving data no one else sees) and still a SQLite file; that
 * the database can be written (not read-only, disk not full); and how background scoring goes.
 */
import { accessSync, closeSync, constants, openSync, readSync, statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import { methodKey } from '../scoring/method.ts';
import type { App } from './app-database.ts';
import { fileIdentity, type HimapDatabase } from './db/connect.ts';
import { postgresWriteState } from './db/dialect.ts';
import { classifyFailure, oneLine } from './db/failure.ts';
import { log } from './log.ts';
import { dataVersion } from './page-cache.ts';

export interface HealthCheck {
	name: 'database' | 'file' | 'writable' | 'disk';
	ok: boolean;
	detail: string;
}

export interface Health {
	status: 'ok' | 'unavailable';
	database: string;
	checks: HealthCheck[];
	scoring: { queued: number; running: number; failed: { year: number; method: string; error?: string }[] };
}

/** Below this much free space (HIMAP_MIN_FREE_MB, default 64) imports and scoring are about to fail. */
const minFreeBytes = () => (Number(process.env.HIMAP_MIN_FREE_MB) || 64) * 1024 * 1024;

export async function checkHealth({ database, scoring, availability }: App): Promise<Health> {
	// Down: probe (and migrate) now, rather than report what the last probe found.
	const state = (await availability.retryNow()) ? null : availability.state;
	const checks: HealthCheck[] = [
		state && !state.up
			? {
					name: 'database',
					ok: false,
					detail: `${state.reason}; retrying with back-off since ${state.since}`
				}
			: await queryCheck(database)
	];
	if (database.dialect === 'sqlite' && database.path !== ':memory:')
		checks.push(fileCheck(database), diskCheck(database));
	checks.push(await writableCheck(database));
	const ok = checks.every((c) => c.ok);
	const jobs = scoring.jobs();
	return {
		status: ok ? 'ok' : 'unavailable',
		database: database.dialect,
		checks,
		scoring: {
			queued: jobs.filter((j) => j.state === 'queued').length,
			running: jobs.filter((j) => j.state === 'running').length,
			failed: jobs
				.filter((j) => j.state === 'failed')
				.map((j) => ({
					year: j.year,
					method: methodKey(j.method),
					error: j.error
				}))
		}
	};
}

async function queryCheck(database: HimapDatabase): Promise<HealthCheck> {
	try {
		// Reads a page of each table a reader needs, not just `select 1`, which touches no file.
		const version = await dataVersion(database);
		return { name: 'database', ok: true, detail: `answers queries (data version ${version})` };
	} catch (e) {
		const failure = classifyFailure(e);
		// The kind, not the driver's words (a host, a user name): those are in the server's log.
		log.error(
			{ component: 'health', failure: failure?.kind },
			`health check: ${oneLine((e as Error).message)}`
		);
		return { name: 'database', ok: false, detail: failure?.summary ?? 'the database does not answer' };
	}
}

function fileCheck(database: HimapDatabase): HealthCheck {
	const path = database.path!;
	const now = fileIdentity(path);
	if (now === null)
		return {
			name: 'file',
			ok: false,
			detail: 'the database file was deleted while the server had it open; restore it and restart the server'
		};
	if (now !== database.fileId)
		return {
			name: 'file',
			ok: false,
			detail:
				'the database file was replaced by another file since the server opened it; restart the server to use the file now there'
		};
	const header = Buffer.alloc(16);
	try {
		const fd = openSync(path, 'r');
		try {
			readSync(fd, header, 0, 16, 0);
		} finally {
			closeSync(fd);
		}
	} catch (e) {
		return {
			name: 'file',
			ok: false,
			detail: `the database file cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`
		};
	}
	if (header.toString('latin1') !== 'SQLite format 3\u0000')
		return {
			name: 'file',
			ok: false,
			detail:
				'the database file is no longer a SQLite database (its header is damaged); restore it from a backup'
		};
	return { name: 'file', ok: true, detail: 'the database file is the one the server opened' };
}

function diskCheck(database: HimapDatabase): HealthCheck {
	const dir = dirname(database.path!);
	try {
		const s = statfsSync(dir);
		const free = s.bavail * s.bsize;
		const mb = Math.floor(free / 1024 / 1024);
		return free < minFreeBytes()
			? {
					name: 'disk',
					ok: false,
					detail: `only ${mb} MB free on the disk holding the database; imports and scoring will fail until space is freed`
				}
			: { name: 'disk', ok: true, detail: `${mb} MB free` };
	} catch (e) {
		return {
			name: 'disk',
			ok: false,
			detail: `cannot tell the free space of the disk holding the database (${(e as NodeJS.ErrnoException).code ?? 'error'})`
		};
	}
}

async function writableCheck(database: HimapDatabase): Promise<HealthCheck> {
	try {
		if (database.dialect === 'sqlite') {
			if (database.path === ':memory:') return { name: 'writable', ok: true, detail: 'in memory' };
			accessSync(dirname(database.path!), constants.W_OK);
			accessSync(database.path!, constants.W_OK);
			return { name: 'writable', ok: true, detail: 'the file and its directory can be written' };
		}
		const { recovery, readOnly } = await postgresWriteState(database);
		if (recovery)
			return { name: 'writable', ok: false, detail: 'the server is a read-only standby (in recovery)' };
		if (readOnly)
			return {
				name: 'writable',
				ok: false,
				detail: 'transactions are read-only (default_transaction_read_only)'
			};
		return { name: 'writable', ok: true, detail: 'accepts writes' };
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		const detail =
			code === 'EROFS'
				? 'the database is on a read-only file system'
				: code === 'EACCES'
					? 'the database file or its directory cannot be written by the server'
					: (classifyFailure(e)?.summary ?? `the database cannot be written (${code ?? 'error'})`);
		return { name: 'writable', ok: false, detail };
	}
}
