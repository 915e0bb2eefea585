/**
 * Whether build/ was made from the sources as they are now, and a build when it was not: the
 * integration and browser tests run the built app (tests/setup/app-build.ts), and a build older
 * than a route it serves would test code that no longer exists.
 *
 * A build made here records a digest of its sources in build/.sources-digest: every file Vite
 * reads for the build (git's list of src/, static/, migrations/, data/ and the configuration,
 * without tests and git-ignored files such as data/himap.db), by path and content. Content, not
 * modification times: a file edited while the build ran, a file deleted, or a branch checked out
 * all change the digest. A build without the record (`npm run build` run by hand) is built again.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	closeSync,
	existsSync,
	openSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
	writeSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** What the build reads, relative to the checkout. The methodology, in both languages, is embedded in the server. */
export const BUILD_INPUTS = [
	'src',
	'static',
	'migrations',
	'data',
	'docs/methodology.md',
	'docs/methodology.zh.md',
	'svelte.config.js',
	'vite.config.ts',
	'tsconfig.json',
	'package.json',
	'package-lock.json'
];

const RECORD = 'build/.sources-digest';

/**
 * The digest of the build's sources in `root`, or null where git cannot list them (not a
 * checkout): then nothing tells sources from generated files, and every run builds.
 */
export function sourceDigest(root: string): string | null {
	const listed = spawnSync(
		'git',
		['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...BUILD_INPUTS],
		{ cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
	);
	if (listed.status !== 0) return null;
	const files = [...new Set(listed.stdout.split('\0'))]
		.filter((f) => f && !/\.(test|spec)\.ts$/.test(f) && existsSync(join(root, f)))
		.sort();
	const hash = createHash('sha256');
	for (const file of files) {
		const content = readFileSync(join(root, file));
		hash.update(`${file}\0${content.length}\0`).update(content);
	}
	return hash.digest('hex');
}

export type Builder = (root: string) => Promise<void>;

/** `vite build`, its output kept and shown only if it fails. */
export const viteBuild: Builder = (root) =>
	new Promise((done, fail) => {
		// Set by vitest: a build under NODE_ENV=test would not be the production build.
		const env = Object.fromEntries(
			Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && k !== 'TEST' && !k.startsWith('VITEST'))
		);
		const child = spawn(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
			cwd: root,
			env,
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let output = '';
		child.stdout.on('data', (c) => (output += c));
		child.stderr.on('data', (c) => (output += c));
		child.on('error', fail);
		child.on('close', (code) =>
			code === 0 ? done() : fail(new Error(`vite build failed (exit ${code}):\n${output}`))
		);
	});

/**
 * Builds the app in `root` unless build/ was made from its current sources. Test runs may start
 * at once (the integration and browser tiers, two terminals): a lock file lets one build while
 * the others wait, then find the build current.
 */
export async function ensureBuild(
	options: { root?: string; build?: Builder; log?: (line: string) => void } = {}
): Promise<'current' | 'built'> {
	const { root = ROOT, build = viteBuild, log = (l: string) => console.log(l) } = options;
	const current = () => {
		const digest = sourceDigest(root);
		const record = join(root, RECORD);
		return { digest, ok: digest !== null && existsSync(record) && readFileSync(record, 'utf8') === digest };
	};
	if (current().ok) return 'current';
	const release = await lock(root, log);
	try {
		// Read before building: a source edited during the build leaves a record that no longer matches.
		const { digest, ok } = current();
		if (ok) return 'current';
		log('himap: build/ is missing or older than its sources; building the app (vite build)…');
		const started = Date.now();
		await build(root);
		if (digest !== null) writeFileSync(join(root, RECORD), digest);
		log(`himap: built in ${Math.round((Date.now() - started) / 1000)} s`);
		return 'built';
	} finally {
		release();
	}
}

/** The build lock of `root`: outside the checkout, so git never sees it. */
export const lockPath = (root: string) =>
	join(tmpdir(), `himap-build-${createHash('sha256').update(root).digest('hex').slice(0, 16)}.lock`);

/** An exclusive lock for building `root`. A lock whose process is gone (a build killed half-way) is taken over. */
async function lock(root: string, log: (line: string) => void): Promise<() => void> {
	const path = lockPath(root);
	const remove = () => rmSync(path, { force: true });
	let told = false;
	for (;;) {
		try {
			const fd = openSync(path, 'wx');
			writeSync(fd, String(process.pid));
			closeSync(fd);
			return remove;
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
		}
		if (abandoned(path)) {
			remove();
			continue;
		}
		if (!told) log(`himap: waiting for the build another test run is making (lock ${path})…`);
		told = true;
		await new Promise((r) => setTimeout(r, 500));
	}
}

/** Held by a process that is gone, or never given a pid by one that died right after creating it. */
function abandoned(path: string): boolean {
	try {
		const pid = Number(readFileSync(path, 'utf8'));
		return pid > 0 ? !alive(pid) : Date.now() - statSync(path).mtimeMs > 10_000;
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
		throw e;
	}
}

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}
