/**
 * Failures of the database or the machine under it, told apart from bugs: a lost or refused
 * connection, a full disk, a read-only or damaged file. The CLI turns one into exit code 3 and one
 * line; the server into a 503 that says what is wrong (docs/operations.md). Anything this does not
 * recognise is an internal error, and is reported as one.
 */

export type FailureKind =
	'connection-lost' | 'unreachable' | 'disk-full' | 'read-only' | 'damaged' | 'busy' | 'out-of-memory';

export class DatabaseFailure extends Error {
	constructor(
		readonly kind: FailureKind,
		message: string,
		options?: { cause?: unknown; remedy?: string }
	) {
		super(message, options);
		this.name = 'DatabaseFailure';
		this.remedy = options?.remedy ?? REMEDY[kind];
		this.summary = WHAT[kind];
	}

	/** What to do about it, in a few words. */
	readonly remedy: string;
	/** What happened without the driver's words (no host, user or path): what a stranger may be told. */
	readonly summary: string;
}

const WHAT: Record<FailureKind, string> = {
	'connection-lost': 'the connection to the database was lost',
	unreachable: 'the database cannot be reached',
	'disk-full': 'the disk holding the database is full',
	'read-only': 'the database is read-only',
	damaged: 'the database file is damaged',
	busy: 'the database stayed locked by another process',
	'out-of-memory': 'the machine ran out of memory'
};

/** What to do about each kind, said once at the end of the line. */
const REMEDY: Record<FailureKind, string> = {
	'connection-lost': 'run the command again once the database is back',
	unreachable: 'check that the database server is running and the URL (--db or DATABASE_URL) is right',
	'disk-full': 'free some space and run the command again',
	'read-only': 'make the database (or the disk it is on) writable and run the command again',
	damaged: 'restore the database from a backup',
	busy: 'wait for the other import to finish and run the command again',
	'out-of-memory': 'close other programs or give the machine more memory, and run the command again'
};

// PostgreSQL SQLSTATE codes (error classes: 08 connection, 53 resources, 57 operator, …) by the kind they mean here.
const PG_CODES: [RegExp, FailureKind][] = [
	[/^57P0[1-3]$/, 'connection-lost'], // admin_shutdown, crash_shutdown, cannot_connect_now
	[/^08/, 'connection-lost'], // connection_exception
	[/^53100$/, 'disk-full'],
	[/^53200$/, 'out-of-memory'],
	[/^25006$/, 'read-only'], // read_only_sql_transaction
	[/^3D000$/, 'unreachable'], // invalid_catalog_name: no such database
	[/^28/, 'unreachable'], // invalid authorization
	[/^XX001$|^XX002$/, 'damaged'] // data_corrupted, index_corrupted
];

// Node's socket and file-system codes.
const NODE_CODES: Record<string, FailureKind> = {
	ECONNREFUSED: 'unreachable',
	ENOTFOUND: 'unreachable',
	EAI_AGAIN: 'unreachable',
	EHOSTUNREACH: 'unreachable',
	ENETUNREACH: 'unreachable',
	ETIMEDOUT: 'unreachable',
	ECONNRESET: 'connection-lost',
	EPIPE: 'connection-lost',
	ENOSPC: 'disk-full',
	EDQUOT: 'disk-full',
	EROFS: 'read-only',
	EIO: 'damaged'
};

// better-sqlite3 puts SQLite's extended result code in `code`.
function sqliteKind(code: string): FailureKind | null {
	if (code === 'SQLITE_FULL') return 'disk-full';
	if (code.startsWith('SQLITE_READONLY')) return 'read-only';
	if (code === 'SQLITE_CORRUPT' || code.startsWith('SQLITE_CORRUPT_') || code === 'SQLITE_NOTADB')
		return 'damaged';
	if (code.startsWith('SQLITE_CANTOPEN')) return 'unreachable';
	if (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_') || code.startsWith('SQLITE_LOCKED'))
		return 'busy';
	if (code === 'SQLITE_NOMEM') return 'out-of-memory';
	if (code === 'SQLITE_IOERR_NOSPC') return 'disk-full';
	if (code.startsWith('SQLITE_IOERR')) return 'damaged';
	return null;
}

// pg reports a dropped socket with these messages and no code.
const LOST_MESSAGES =
	/Connection terminated|connection is closed|Client was closed|Client has encountered a connection error|timeout exceeded when trying to connect/i;

/** The kind of failure `e` is, and the error (e or one it wraps) that says so. */
function kindOf(e: unknown): { kind: FailureKind; source: Error } | null {
	if (!(e instanceof Error)) return null;
	if (e instanceof DatabaseFailure) return { kind: e.kind, source: e };
	const code = String((e as { code?: unknown }).code ?? '');
	const found = (kind: FailureKind | null | undefined) => (kind ? { kind, source: e } : null);
	if (code.startsWith('SQLITE_')) return found(sqliteKind(code));
	if (NODE_CODES[code]) return found(NODE_CODES[code]);
	for (const [pattern, kind] of PG_CODES)
		if (/^[0-9A-Z]{5}$/.test(code) && pattern.test(code)) return found(kind);
	if (
		e instanceof RangeError &&
		/Array buffer allocation failed|Invalid string length|Invalid array length/.test(e.message)
	)
		return found('out-of-memory');
	if (LOST_MESSAGES.test(e.message))
		return found(/timeout exceeded/i.test(e.message) ? 'unreachable' : 'connection-lost');
	// An AggregateError (pg tries IPv4 and IPv6) carries the socket errors inside.
	if (e instanceof AggregateError)
		for (const inner of e.errors) {
			const kind = kindOf(inner);
			if (kind) return kind;
		}
	return e.cause ? kindOf(e.cause) : null;
}

/**
 * The failure `e` stands for, as a DatabaseFailure whose message names the kind and the cause in
 * one line (`the disk holding the database is full (database or disk is full)`); null for
 * anything else, which is a bug.
 */
export function classifyFailure(e: unknown): DatabaseFailure | null {
	if (e instanceof DatabaseFailure) return e;
	const found = kindOf(e);
	if (!found) return null;
	const { kind, source } = found;
	const cause = oneLine(source.message || String((source as { code?: unknown }).code ?? ''));
	return new DatabaseFailure(kind, cause ? `${WHAT[kind]} (${cause})` : WHAT[kind], { cause: e });
}

/** A message on one line and of a sensible length, whatever a driver put into it. */
export function oneLine(text: string, max = 300): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
