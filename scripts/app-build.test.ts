import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureBuild, lockPath, sourceDigest } from './app-build.ts';

// A checkout of its own for each test, with files named as in this repository.
let root: string;
let builds: number;

const write = (path: string, text: string) => {
	mkdirSync(dirname(join(root, path)), { recursive: true });
	writeFileSync(join(root, path), text);
};
/** A build that takes a while and leaves build/ behind, as vite build does. */
const build = async () => {
	builds++;
	await new Promise((r) => setTimeout(r, 200));
	mkdirSync(join(root, 'build'), { recursive: true });
};
const ensure = (builder = build) => ensureBuild({ root, build: builder, log: () => {} });

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'himap-app-build-'));
	builds = 0;
	expect(spawnSync('git', ['init', '-q'], { cwd: root }).status).toBe(0);
	write('.gitignore', '/build\n/data/*.db\n');
	write('src/routes/+page.svelte', '<h1>one</h1>');
	write('src/lib/server/db/migrate.ts', 'export const a = 1;');
	write('data/regions.json', '[]');
	write('package.json', '{}');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the app build the tests run', () => {
	it('is made when missing, then reused while its sources stay as they are', async () => {
		expect(await ensure()).toBe('built');
		expect(await ensure()).toBe('current');
		expect(builds).toBe(1);
	});

	it('is made again when a source changes, appears or goes', async () => {
		await ensure();
		write('src/routes/+page.svelte', '<h1>two</h1>');
		expect(await ensure()).toBe('built');
		write('src/routes/cities/+page.svelte', '<h1>new</h1>');
		expect(await ensure()).toBe('built');
		rmSync(join(root, 'src/lib/server/db/migrate.ts'));
		expect(await ensure()).toBe('built');
		expect(builds).toBe(4);
	});

	it('is not made again for tests, git-ignored files or files outside its sources', async () => {
		await ensure();
		write('src/lib/server/db/migrate.test.ts', 'test');
		write('data/himap.db', 'sqlite');
		write('bench/run.ts', 'bench');
		expect(await ensure()).toBe('current');
	});

	it('is made again after a build during which a source changed', async () => {
		await ensure(async () => {
			await build();
			write('src/lib/server/db/migrate.ts', 'export const a = 2;');
		});
		expect(await ensure()).toBe('built');
		expect(builds).toBe(2);
	});

	it('is made once when runs ask for it at the same time', async () => {
		const results = await Promise.all([ensure(), ensure(), ensure()]);
		expect(results.sort()).toEqual(['built', 'current', 'current']);
		expect(builds).toBe(1);
	});

	it('takes over a lock left by a process that died', async () => {
		const dead = spawnSync(process.execPath, ['-e', '']).pid;
		writeFileSync(lockPath(root), String(dead));
		expect(await ensure()).toBe('built');
	});

	it('is made every time outside a git checkout, where nothing tells sources from output', async () => {
		rmSync(join(root, '.git'), { recursive: true });
		expect(sourceDigest(root)).toBeNull();
		expect(await ensure()).toBe('built');
		expect(await ensure()).toBe('built');
	});
});
