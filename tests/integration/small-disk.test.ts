/**
 * An import onto a disk that fills up, and onto one mounted read-only: one line that says which,
 * exit 3, and the database exactly as it was. The disk is a small tmpfs mounted in a mount
 * namespace of the test's own (`unshare`, Debian's util-linux), which vanishes with it: nothing
 * is mounted on the machine, and it works for root and, where user namespaces are allowed, for
 * anyone.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTable, toBytes } from '../fixtures/survey-builders.ts';

const dir = mkdtempSync(join(tmpdir(), 'himap-small-disk-'));
const mount = join(dir, 'disk');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const small = join(dir, 'regional.csv');
writeFileSync(small, toBytes(buildTable({ template: 'regional', rows: 12 })));
const big = join(dir, 'hospital.csv');
writeFileSync(big, toBytes(buildTable({ template: 'hospital', rows: 20_000, year: 2023 })));

/**
 * Runs `steps` (shell) with `$D` a fresh tmpfs of `kb` kilobytes; each step's output is
 * collected as `name=value` lines (`mark name command…` records a command's exit code and
 * standard error).
 */
function onSmallDisk(kb: number, steps: string): Record<string, string> {
	const script = `
		set -u
		D="$1"; mkdir -p "$D"; mount -t tmpfs -o size=${kb}k tmpfs "$D" || { echo "mount=failed"; exit 0; }
		himap() { node bin/himap.js "$@"; }
		mark() { name=$1; shift; err=$("$@" 2>&1 >/dev/null); echo "$name.code=$?"; echo "$name.err=$err" | head -c 2000; echo; }
		checksum() { node bin/run-ts.js tests/helpers/checksum-cli.ts "sqlite:$D/himap.db"; }
		${steps}`;
	const r = spawnSync('unshare', ['--map-root-user', '--mount', 'sh', '-c', script, 'sh', mount], {
		encoding: 'utf8',
		timeout: 120_000
	});
	if (r.error)
		throw new Error(`unshare could not run (${r.error.message}); these tests need util-linux's unshare`);
	const out: Record<string, string> = {};
	for (const line of r.stdout.split('\n')) {
		const at = line.indexOf('=');
		if (at > 0) out[line.slice(0, at)] = line.slice(at + 1);
	}
	if (out.mount === 'failed' || r.status !== 0)
		throw new Error(`could not mount a tmpfs in a namespace of our own: ${r.stderr}`);
	return out;
}

describe('an import onto a small disk', () => {
	it('that fills up: one line naming the full disk, exit 3, the database unchanged', () => {
		const out = onSmallDisk(
			3_000,
			`himap import "${small}" --db "sqlite:$D/himap.db" >/dev/null 2>&1 || echo "first=failed"
			echo "before=$(checksum)"
			cat /dev/zero > "$D/filler" 2>/dev/null; truncate -s -300K "$D/filler"
			mark full himap import "${big}" --db "sqlite:$D/himap.db"
			echo "after=$(checksum)"`
		);
		expect(out.first).toBeUndefined();
		expect(out['full.code']).toBe('3');
		expect(out['full.err']).toMatch(
			/^himap import: the disk holding the database is full \(database or disk is full\); nothing was stored; free some space and run the command again$/
		);
		expect(out.after).toBe(out.before);
		expect(out.before).toMatch(/^[0-9a-f]{64}$/);
	});

	it('mounted read-only: one line naming it, exit 3, the database unchanged', () => {
		const out = onSmallDisk(
			8_000,
			`himap import "${small}" --db "sqlite:$D/himap.db" >/dev/null 2>&1 || echo "first=failed"
			echo "before=$(checksum)"
			mount -o remount,ro "$D"
			mark readonly himap import "${big}" --db "sqlite:$D/himap.db"
			mount -o remount,rw "$D"
			echo "after=$(checksum)"`
		);
		expect(out.first).toBeUndefined();
		expect(out['readonly.code']).toBe('3');
		expect(out['readonly.err']).toMatch(
			/^himap import: .*read-only.*; make the database \(or the disk it is on\) writable/
		);
		expect(out.after).toBe(out.before);
	});
});
