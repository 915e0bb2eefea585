/** Runs a bench script in a process of its own and returns the JSON it prints last. */
import { execFileSync } from 'node:child_process';

export function runChild<T = Record<string, number>>(script: string, ...args: string[]): T {
	const stdout = execFileSync(process.execPath, ['bin/run-ts.js', script, ...args], {
		encoding: 'utf8',
		maxBuffer: 1 << 24,
		stdio: ['ignore', 'pipe', 'inherit']
	});
	return JSON.parse(stdout.trim().split('\n').pop()!) as T;
}
