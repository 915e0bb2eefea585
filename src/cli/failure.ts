/** How a command that failed for reasons other than its input says so: one line and an exit code. */
import { classifyFailure, oneLine } from '../lib/server/db/failure.ts';
import { EXIT, type CliIo } from './io.ts';

/** One line for a failure that is not the user's: exit 3 for the database or machine, 4 for a bug. */
export function reportFailure(command: string, e: unknown, io: CliIo, context = ''): number {
	const failure = classifyFailure(e);
	if (failure) {
		io.err(`himap ${command}: ${failure.message}${context}; ${failure.remedy}\n`);
		return EXIT.failed;
	}
	const message = oneLine(e instanceof Error ? e.message : String(e));
	io.err(
		`himap ${command}: internal error: ${message}${context}; this is a bug in HIMAP, please report it with the command you ran (HIMAP_DEBUG=1 prints where it happened)\n`
	);
	if (process.env.HIMAP_DEBUG && e instanceof Error && e.stack) io.err(e.stack + '\n');
	return EXIT.internal;
}
