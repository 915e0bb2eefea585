#!/usr/bin/env node
// The `himap` command. The command runs in a child process (bin/himap-cli.js) that this one
// watches, so that a crash no code can catch — V8 running out of memory, a fatal signal — still
// ends in one line saying what happened and an exit code a script can act on (README: exit codes).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const child = spawn(
	process.execPath,
	[...process.execArgv, fileURLToPath(new URL('./himap-cli.js', import.meta.url)), ...args],
	{
		stdio: ['inherit', 'inherit', 'pipe'],
		// The child's standard error is a pipe to us: tell it whether ours is a terminal (progress line).
		env: { ...process.env, HIMAP_STDERR_TTY: process.stderr.isTTY ? '1' : '0' }
	}
);

// V8's out-of-memory report is dozens of lines of heap statistics and native frames: keep them
// from the user and say it in one line instead.
const FATAL = /<--- Last few GCs --->|FATAL ERROR:|JavaScript heap out of memory/;
let fatal = '';
child.stderr.on('data', (chunk) => {
	const text = chunk.toString();
	if (!fatal && FATAL.test(text)) fatal = text;
	else if (fatal) fatal += text.slice(0, 4096);
	else process.stderr.write(chunk);
});

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));

child.on('exit', (code, signal) => {
	const command = args[0] ?? 'himap';
	if (fatal || signal === 'SIGABRT') {
		const why = /heap out of memory|Allocation failed/.test(fatal)
			? 'JavaScript heap out of memory'
			: 'aborted';
		process.stderr.write(
			`himap ${command}: the machine ran out of memory (${why}); nothing more was written — close other programs or give the machine more memory, and run the command again\n`
		);
		process.exitCode = 3;
	} else if (signal) {
		process.exitCode = 128 + ({ SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 }[signal] ?? 0);
	} else {
		process.exitCode = code ?? 4;
	}
});
