// The `himap` command itself, run by bin/himap.js: the TypeScript CLI through tsx, so `npx
// himap` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../src/cli/main.ts');
const { reportFailure } = await import('../src/cli/failure.ts');
const command = process.argv[2] ?? 'himap';

// A crash outside any command's own handling: one line, exit 3 or 4, never a stack trace.
const crash = (e) => {
	process.exitCode = reportFailure(command, e, { out: () => {}, err: (t) => process.stderr.write(t) });
	process.exit();
};
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);
// A reader that went away (`himap export … | head`) is not an error; the export stops quietly.
process.stdout.on('error', (e) => {
	if (e.code !== 'EPIPE') crash(e);
});

let open = false;
const progress =
	process.env.HIMAP_STDERR_TTY === '1'
		? (text) => {
				if (text === null) {
					if (open) process.stderr.write('\n');
					open = false;
				} else {
					process.stderr.write(`\r\x1b[K${text}`);
					open = true;
				}
			}
		: undefined;

const code = await run(process.argv.slice(2), {
	out: (text) => process.stdout.write(text),
	err: (text) => {
		progress?.(null);
		process.stderr.write(text);
	},
	stdin: process.stdin,
	stdout: process.stdout,
	progress
});
process.exitCode = code;
