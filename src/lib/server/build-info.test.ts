import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildInfo, checkoutOf, commitFromFiles, commitOf } from './build-info.ts';

const SHA = 'a'.repeat(40);
const dir = mkdtempSync(join(tmpdir(), 'himap-build-info-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A `.git` directory by hand: HEAD naming a branch, the branch loose or packed. */
function fakeGit(name: string, branch: 'loose' | 'packed'): string {
	const root = join(dir, name);
	mkdirSync(join(root, '.git', 'refs', 'heads'), { recursive: true });
	writeFileSync(join(root, '.git', 'HEAD'), 'ref: refs/heads/main\n');
	if (branch === 'loose') writeFileSync(join(root, '.git', 'refs', 'heads', 'main'), `${SHA}\n`);
	else writeFileSync(join(root, '.git', 'packed-refs'), `# pack-refs\n${SHA} refs/heads/main\n`);
	return root;
}

describe('build info', () => {
	it('names the version of package.json and the commit this checkout is at', () => {
		const info = buildInfo();
		expect(info.version).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
		const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
		expect(info.commit).toMatch(new RegExp(`^${head}(\\+dirty)?$`));
	});

	it('reads the commit from .git itself, loose or packed, from any directory below it', () => {
		const loose = fakeGit('loose', 'loose');
		mkdirSync(join(loose, 'build', 'server'), { recursive: true });
		expect(checkoutOf(join(loose, 'build', 'server'))).toBe(loose);
		expect(commitFromFiles(loose)).toBe(SHA);
		expect(commitFromFiles(fakeGit('packed', 'packed'))).toBe(SHA);
	});

	it('follows a worktree’s .git file to its HEAD', () => {
		const main = fakeGit('main', 'loose');
		const wt = join(dir, 'wt');
		const gitDir = join(main, '.git', 'worktrees', 'wt');
		mkdirSync(gitDir, { recursive: true });
		mkdirSync(wt);
		writeFileSync(join(wt, '.git'), `gitdir: ${gitDir}\n`);
		writeFileSync(join(gitDir, 'HEAD'), 'ref: refs/heads/main\n');
		writeFileSync(join(gitDir, 'commondir'), '../..\n');
		expect(commitFromFiles(wt)).toBe(SHA);
	});

	it('falls back to HIMAP_COMMIT, then to unknown, outside a checkout', () => {
		const bare = join(dir, 'no-git');
		mkdirSync(bare);
		expect(commitFromFiles(bare)).toBeNull();
		expect(commitOf(null, { HIMAP_COMMIT: ' abc123 ' })).toBe('abc123');
		expect(commitOf(null, {})).toBe('unknown');
	});
});
