#!/usr/bin/env node
// The `himap` command: runs the TypeScript CLI through tsx, so `npx himap` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../src/cli/main.ts');
const code = await run(process.argv.slice(2), {
	out: (text) => process.stdout.write(text),
	err: (text) => process.stderr.write(text),
	stdin: process.stdin
});
process.exitCode = code;
