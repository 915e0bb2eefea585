/** Where a CLI command writes. Tests pass buffers; bin/himap.js passes the process streams. */
export interface CliIo {
	out(text: string): void;
	err(text: string): void;
	stdin?: NodeJS.ReadableStream;
}

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

export class UsageError extends Error {}
