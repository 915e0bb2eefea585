/**
 * Reads a survey CSV as a stream of records: sniffs the encoding, decodes, and parses with
 * papaparse (RFC 4180: quotes, CRLF, quoted newlines) without holding the file in memory.
 */
import { createHash } from 'node:crypto';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import Papa from 'papaparse';
import { sniffEncoding } from '../survey/encoding.ts';
import type { SurveyIssue } from '../survey/issues.ts';
import { MAX_FIELD, MAX_RECORD, RecordGuard, type GuardViolation } from '../survey/record-guard.ts';

/** Undecided after this many bytes of plain ASCII: call it UTF-8 (a stray GB18030 cell later is reported by row). */
const SNIFF_LIMIT = 8 * 1024 * 1024;

/** The file cannot be read on: its encoding, or a record over the limits (record-guard.ts). */
export class FileRejected extends Error {
	constructor(
		readonly issue: SurveyIssue,
		readonly violation?: GuardViolation
	) {
		super(issue.message);
	}
}

/** Decodes bytes to text once the encoding is known, and hashes the bytes on the way. */
class DecodeStream extends Transform {
	encoding: 'utf-8' | 'gb18030' | null = null;
	/** The error that stopped the stream, if any (e.g. FileRejected). */
	failure: Error | null = null;
	/** A record over the limits (record-guard.ts): the text ends before it. */
	rejection: FileRejected | null = null;
	readonly hash = createHash('sha256');
	private pending: Buffer[] = [];
	private pendingBytes = 0;
	private sniffedBytes = 0;
	private decoder: TextDecoder | null = null;
	/** Least text to pass on at once; raised while one record spans chunks (see parseRecords). */
	minChunk = 0;
	private held: string[] = [];
	private heldLength = 0;
	private readonly guard = new RecordGuard();

	constructor() {
		super({ readableObjectMode: true });
	}

	override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
		if (this.rejection) return done();
		this.hash.update(chunk);
		if (this.decoder) {
			this.passOn(this.decode(chunk, false), false);
			return done();
		}
		this.pending.push(chunk);
		this.pendingBytes += chunk.length;
		this.trySniff(false, done);
	}

	override _flush(done: TransformCallback) {
		if (this.rejection) return done();
		if (!this.decoder) return this.trySniff(true, done);
		this.passOn(this.decoder.decode(), true);
		done();
	}

	private trySniff(final: boolean, done: TransformCallback) {
		// Each try scans the sample from the start: try again only once it has doubled, so a long
		// stretch of plain ASCII costs linear time, not quadratic.
		if (!final && this.pendingBytes < SNIFF_LIMIT && this.pendingBytes < 2 * this.sniffedBytes) return done();
		this.sniffedBytes = this.pendingBytes;
		const sample = Buffer.concat(this.pending);
		const result = sniffEncoding(sample, final || this.pendingBytes >= SNIFF_LIMIT);
		if (result.kind === 'undecided') return done();
		if (result.kind === 'rejected')
			return done(
				new FileRejected({ row: null, column: null, value: null, message: result.message, code: result.code })
			);
		this.encoding = result.encoding;
		// Not fatal: an undecodable byte becomes U+FFFD, which the validator reports with its row and column.
		this.decoder = new TextDecoder(result.encoding);
		this.pending = [];
		this.passOn(this.decode(sample, false), false);
		if (final) this.passOn(this.decoder.decode(), true);
		done();
	}

	/** Passes decoded text on, at least `minChunk` characters at a time (but for the end of the file). */
	private passOn(text: string, final: boolean) {
		if (this.rejection) return;
		const violation = text ? this.guard.check(text) : null;
		if (violation) {
			// The whole records before the offending one go to the parser (their errors are
			// reported too); nothing after, so no string of the offending record's size is ever
			// built. The text ends there, and the file is read no further.
			if (violation.recordStart > 0) this.held.push(text.slice(0, violation.recordStart));
			if (this.held.length) this.push(this.held.join(''));
			this.held = [];
			this.heldLength = 0;
			this.rejection = new FileRejected(violationIssue(violation), violation);
			this.push(null);
			this.emit('rejected');
			return;
		}
		if (text) {
			this.held.push(text);
			this.heldLength += text.length;
		}
		if (this.heldLength === 0 || (!final && this.heldLength < this.minChunk)) return;
		this.push(this.held.length === 1 ? this.held[0] : this.held.join(''));
		this.held = [];
		this.heldLength = 0;
	}

	private decode(bytes: Buffer, final: boolean): string {
		return this.decoder!.decode(bytes, { stream: !final });
	}
}

/** How a violation reads when nothing better is known (import-service.ts names the column). */
function violationIssue(v: GuardViolation): SurveyIssue {
	const limit = (v.kind === 'record' ? MAX_RECORD : MAX_FIELD).toLocaleString('en');
	const [message, code] =
		v.kind === 'record'
			? ([
					`the row is longer than ${limit} characters; no survey row is that long — is this the right file?`,
					'record-too-long'
				] as const)
			: v.kind === 'unclosed'
				? ([
						`a quoted value starting here is never closed (a double quote is missing), or is longer than ${limit} characters; close the quote`,
						'unclosed-quote-long'
					] as const)
				: ([
						`a value is longer than ${limit} characters; no column holds values that long — check the row`,
						'value-too-long'
					] as const);
	return {
		row: v.row,
		column: v.kind === 'record' ? null : `#${v.column}`,
		value: null,
		message,
		code,
		params: { limit }
	};
}

export interface RecordBatch {
	/** Row number of `records[0]`, counting the header as row 1. */
	firstRow: number;
	records: string[][];
	/** Quote errors papaparse found, with their row numbers. */
	issues: SurveyIssue[];
}

export interface SurveyFileReader {
	batches: AsyncGenerator<RecordBatch>;
	/** Known after the first batch. */
	encoding(): string;
	/** Known after the last batch. */
	sha256(): string;
}

/** Streams records from raw bytes. Stop early with `batches.return()`. */
export function readSurveyFile(bytes: Readable): SurveyFileReader {
	const decode = new DecodeStream();
	const text = bytes.pipe(decode);
	bytes.on('error', (e) => decode.destroy(e));
	// A file rejected on its limits is read no further (a 600 MB line is not read to its end).
	decode.once('rejected', () => {
		bytes.unpipe(decode);
		bytes.destroy();
	});
	// Listen at once: the bytes flow before the caller first asks for a batch (the generator's body,
	// and its own listener, start only then), and an 'error' nobody listens to crashes the process.
	decode.on('error', (e) => (decode.failure ??= e));
	let digest = '';
	return {
		batches: parseRecords(text, decode),
		encoding: () => decode.encoding ?? 'unknown',
		sha256: () => (digest ||= decode.hash.digest('hex'))
	};
}

/** papaparse repeats a quote error for every stray quote in a record, and for each chunk it parses the record again: keep one per row and message. */
function oncePerRow(issues: SurveyIssue[], seen: Set<string>): SurveyIssue[] {
	return issues.filter((i) => {
		const key = `${i.row}\u0000${i.message}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

async function* parseRecords(text: Readable, decode: DecodeStream): AsyncGenerator<RecordBatch> {
	const queue: RecordBatch[] = [];
	let wake: (() => void) | null = null;
	let finished = false;
	let failure: Error | null = decode.failure;
	let parser: Papa.Parser | null = null;
	let row = 1;
	const reported = new Set<string>();
	const notify = () => {
		wake?.();
		wake = null;
	};
	// Already failed (rejected on its first bytes): papaparse cannot be handed a destroyed stream.
	if (failure) throw failure;
	decode.on('error', (e) => {
		failure = e;
		notify();
	});
	Papa.parse(text as NodeJS.ReadableStream, {
		delimiter: ',',
		skipEmptyLines: false,
		chunk(results, p) {
			parser = p;
			const issues: SurveyIssue[] = results.errors.map((e) => ({
				row: row + (e.row ?? 0),
				column: null,
				value: null,
				...(e.code === 'MissingQuotes'
					? {
							message:
								'a quoted value is never closed (a double quote is missing); the rest of the file was read as one value',
							code: 'unclosed-quote' as const
						}
					: e.code === 'InvalidQuotes'
						? {
								message: 'a double quote inside a value must be doubled ("") and the whole value quoted',
								code: 'invalid-quote' as const
							}
						: { message: e.message })
			}));
			let records = results.data as string[][];
			let found = oncePerRow(issues, reported);
			// Records from the rejected one on are its remains: the rejection speaks for them.
			const stop = decode.rejection?.issue.row;
			if (stop) {
				records = records.slice(0, Math.max(0, stop - row));
				found = found.filter((i) => i.row === null || i.row < stop);
			}
			queue.push({ firstRow: row, records, issues: found });
			// papaparse parses the unfinished end of each chunk again with the next chunk: while one
			// record spans chunks (a 50 MB line, an unclosed quote) ask for chunks twice as large each
			// time, or the time taken would grow with the square of its length.
			decode.minChunk = results.data.length === 0 ? Math.max(2 * decode.minChunk, 1 << 16) : 0;
			row += results.data.length;
			// Pausing papaparse's handle does not pause the stream it reads; without pausing both, the
			// whole file would pile up in its queue while the database is busy.
			p.pause();
			text.pause();
			notify();
		},
		complete() {
			finished = true;
			notify();
		},
		error(e: Error) {
			failure = e;
			notify();
		}
	});
	try {
		for (;;) {
			if (queue.length) {
				yield queue.shift()!;
				continue;
			}
			if (failure) throw failure;
			if (finished) {
				if (decode.rejection) throw decode.rejection;
				return;
			}
			// Arm the wake-up before resuming: resume() may deliver the next chunk synchronously.
			const next = new Promise<void>((r) => (wake = r));
			(parser as Papa.Parser | null)?.resume();
			text.resume();
			await next;
		}
	} finally {
		if (!finished) {
			(parser as Papa.Parser | null)?.abort();
			text.destroy();
		}
	}
}
