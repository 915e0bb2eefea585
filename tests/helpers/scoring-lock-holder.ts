/**
 * The scoring lock held by another process (tests/helpers/hold-scoring-lock.ts), as a second server
 * or a CLI import would hold it. `release` kills that process, which frees the lock at once.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';

export async function holdScoringLock(url: string): Promise<{ release(): Promise<void> }> {
	const holder = spawn(process.execPath, ['bin/run-ts.js', 'tests/helpers/hold-scoring-lock.ts', url], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	const exited = once(holder, 'exit');
	await Promise.race([
		once(holder.stdout!, 'data'),
		exited.then(() => Promise.reject(new Error('the scoring lock holder exited before taking the lock')))
	]);
	return {
		release: async () => {
			if (holder.exitCode === null && holder.signalCode === null) holder.kill('SIGKILL');
			await exited;
		}
	};
}
