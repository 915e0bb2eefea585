/** Where a CLI command writes. Tests pass buffers; bin/himap.js passes the process streams. */
import type { Writable } from 'node:stream';

export interface CliIo {
	out(text: string): void;
	err(text: string): void;
	stdin?: NodeJS.ReadableStream;
	/** Standard output as a stream, for exports written as they are read (tests leave it out and get `out`). */
	stdout?: Writable;
	/**
	 * A progress line for long work (scoring after an import), rewritten in place: null ends it.
	 * Only on a terminal; scripts and logs see nothing of it.
	 */
	progress?(text: string | null): void;
}

/** The exit codes (README, `himap --help`). */
export const EXIT = {
	ok: 0,
	/** The input is invalid (a survey file with errors); nothing was stored. */
	invalid: 1,
	/** The command line is wrong. */
	usage: 2,
	/** The database or the machine failed: unreachable, connection lost, disk full, read-only, out of memory. */
	failed: 3,
	/** A bug in HIMAP. */
	internal: 4
} as const;

export class UsageError extends Error {}
