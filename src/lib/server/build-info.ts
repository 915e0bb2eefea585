/**
 * Which HIMAP made a file: the version of package.json and the git commit of the checkout it runs
 * from (docs/operations.md, Version and commit). Read once per process, at run time, so a fresh
 * `git clone` running `npm test` or `npm run demo` and the built app (build/ sits in the checkout)
 * both name the commit they run; a copy without `.git` takes `HIMAP_COMMIT` from the environment.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pkg from '../../../package.json' with { type: 'json' };

export interface BuildInfo {
	version: string;
	/** 40 hex digits, with `+dirty` when tracked files differ from it; `unknown` when nothing says. */
	commit: string;
}

/** The nearest directory at or above `from` holding `.git` (a directory, or a worktree's file). */
export function checkoutOf(from: string): string | null {
	for (let dir = resolve(from); ; dir = dirname(dir)) {
		if (existsSync(join(dir, '.git'))) return dir;
		if (dirname(dir) === dir) return null;
	}
}

const git = (dir: string, args: string[]) =>
	execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

/** The commit through the git command, marked `+dirty` when tracked files were changed since. */
function commitFromGit(dir: string): string | null {
	try {
		const head = git(dir, ['rev-parse', 'HEAD']);
		if (!/^[0-9a-f]{40}$/.test(head)) return null;
		const dirty = git(dir, ['status', '--porcelain', '--untracked-files=no']) !== '';
		return dirty ? `${head}+dirty` : head;
	} catch {
		return null;
	}
}

/** The commit from the files of `.git` alone, for a machine without the git command (cannot tell dirty). */
export function commitFromFiles(dir: string): string | null {
	try {
		let gitDir = join(dir, '.git');
		if (statSync(gitDir).isFile()) {
			const pointer = /^gitdir: (.+)$/m.exec(readFileSync(gitDir, 'utf8'));
			if (!pointer) return null;
			gitDir = resolve(dir, pointer[1].trim());
		}
		const head = readFileSync(join(gitDir, 'HEAD'), 'utf8').trim();
		if (/^[0-9a-f]{40}$/.test(head)) return head;
		const ref = /^ref: (.+)$/.exec(head)?.[1];
		if (!ref) return null;
		// A worktree keeps its HEAD; refs live in the common directory.
		const common = existsSync(join(gitDir, 'commondir'))
			? resolve(gitDir, readFileSync(join(gitDir, 'commondir'), 'utf8').trim())
			: gitDir;
		for (const base of [gitDir, common]) {
			const loose = join(base, ref);
			if (existsSync(loose)) return readFileSync(loose, 'utf8').trim();
			const packed = join(base, 'packed-refs');
			if (!existsSync(packed)) continue;
			const line = readFileSync(packed, 'utf8')
				.split('\n')
				.find((l) => l.endsWith(` ${ref}`));
			if (line) return line.slice(0, 40);
		}
		return null;
	} catch {
		return null;
	}
}

/** The commit of a checkout: git, else `.git`'s files, else `HIMAP_COMMIT`, else `unknown`. */
export function commitOf(dir: string | null, env: NodeJS.ProcessEnv = process.env): string {
	const found = dir === null ? null : (commitFromGit(dir) ?? commitFromFiles(dir));
	return found ?? (env.HIMAP_COMMIT?.trim() || 'unknown');
}

let cached: BuildInfo | undefined;

/** This process's version and commit. */
export function buildInfo(): BuildInfo {
	cached ??= {
		version: pkg.version,
		commit: commitOf(checkoutOf(dirname(fileURLToPath(import.meta.url))) ?? checkoutOf(process.cwd()))
	};
	return cached;
}
