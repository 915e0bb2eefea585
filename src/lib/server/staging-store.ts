/**
 * Where uploaded files wait between their check and their confirmation: one file per staged
 * upload, named by its id, in a directory only the server's user may read (0700). The directory is
 * HIMAP_STAGING_DIR, else a folder beside the SQLite file (the same disk the data lives on), else
 * one under the system's temporary directory.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, createWriteStream } from 'node:fs';
import { chmod, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { HimapDatabase } from './db/connect.ts';

const ID = /^[0-9a-f]{32}$/;

export function stagingDirectory(database: Pick<HimapDatabase, 'path'>, env = process.env): string {
	if (env.HIMAP_STAGING_DIR) return env.HIMAP_STAGING_DIR;
	if (database.path) return join(dirname(database.path), 'himap-staging');
	return join(tmpdir(), 'himap-staging');
}

export function ensureDirectory(dir: string): string {
	mkdirSync(dir, { recursive: true, mode: 0o700 });
	return dir;
}

/** The path of a staged file; only ids of our own making name one (no path from a request). */
export function stagedPath(dir: string, id: string): string {
	if (!ID.test(id)) throw new Error(`not a staged upload id: ${id}`);
	return join(dir, id);
}

export interface SavedFile {
	size: number;
	sha256: string;
}

/** Writes the upload to its file, hashing and counting on the way; a failed write leaves no file. */
export async function saveFile(source: Readable, path: string): Promise<SavedFile> {
	const hash = createHash('sha256');
	let size = 0;
	const tap = new Transform({
		transform(chunk: Buffer, _enc, done) {
			hash.update(chunk);
			size += chunk.length;
			done(null, chunk);
		}
	});
	try {
		await pipeline(source, tap, createWriteStream(path, { mode: 0o600 }));
		await chmod(path, 0o600);
	} catch (e) {
		await removeFile(path);
		throw e;
	}
	return { size, sha256: hash.digest('hex') };
}

export function removeFile(path: string): Promise<void> {
	return rm(path, { force: true });
}

/** Files whose upload is gone (expired, or left by a server stopped mid-upload): removed. */
export async function removeStrays(dir: string, keep: Set<string>): Promise<void> {
	const names = await readdir(dir).catch(() => [] as string[]);
	await Promise.all(names.filter((n) => ID.test(n) && !keep.has(n)).map((n) => removeFile(join(dir, n))));
}
