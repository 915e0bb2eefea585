/**
 * Where an export's bytes go — standard output, a file, an HTTP response — written as they are
 * made, never gathered: text is passed on in chunks of about 64 KB, the writer waits while the
 * reader is behind (backpressure), and a long export hands the event loop back every few
 * milliseconds, so a server streaming a million rows still answers its other requests.
 */
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

const CHUNK = 64 * 1024;
/** The longest an export keeps the event loop before letting other work run. */
const SLICE_MS = 15;

/** The reader went away (a download cancelled, a closed pipe): stop exporting, quietly. */
export class ReaderGone extends Error {
	constructor() {
		super('the reader of the export went away');
	}
}

export class ExportSink {
	#text = '';
	#sliceStart = performance.now();
	/** A failure of the stream seen between writes (a file that cannot be created, a full disk). */
	#failure: Error | null = null;

	constructor(
		private readonly out: Writable,
		/** End the stream when done (not for standard output, which stays open). */
		private readonly endWhenDone = true
	) {
		out.on('error', (e) => (this.#failure ??= readerGone(e) ? new ReaderGone() : e));
	}

	async text(text: string): Promise<void> {
		this.#text += text;
		if (this.#text.length >= CHUNK) await this.flush();
	}

	async bytes(bytes: Uint8Array): Promise<void> {
		await this.flush();
		await this.#write(bytes);
	}

	async flush(): Promise<void> {
		if (this.#text === '') return;
		const text = this.#text;
		this.#text = '';
		await this.#write(text);
	}

	async end(): Promise<void> {
		await this.flush();
		if (!this.endWhenDone) return;
		this.out.end();
		// Finished, failed or closed before finishing (a reader who left after the last write).
		await finished(this.out).catch((e: Error) => {
			throw readerGone(e) ? new ReaderGone() : e;
		});
	}

	async #write(chunk: string | Uint8Array): Promise<void> {
		if (this.#failure) throw this.#failure;
		if (this.out.destroyed || this.out.writableEnded) throw new ReaderGone();
		if (!this.out.write(chunk)) await drained(this.out);
		if (performance.now() - this.#sliceStart > SLICE_MS) {
			await new Promise((resolve) => setImmediate(resolve));
			this.#sliceStart = performance.now();
		}
	}
}

/** A cancelled download destroys the stream (AbortError, premature close); a closed pipe is EPIPE. */
const readerGone = (e: Error) =>
	e.name === 'AbortError' ||
	['EPIPE', 'ERR_STREAM_PREMATURE_CLOSE', 'ERR_STREAM_DESTROYED'].includes(
		(e as NodeJS.ErrnoException).code ?? ''
	);

/** Waits for 'drain'; a stream closed or failed meanwhile means the reader is gone. */
function drained(out: Writable): Promise<void> {
	return new Promise((resolve, reject) => {
		const done = (error?: Error) => {
			out.off('drain', onDrain);
			out.off('close', onClose);
			out.off('error', onError);
			if (error) reject(error);
			else resolve();
		};
		const onDrain = () => done();
		const onClose = () => done(new ReaderGone());
		const onError = (e: Error) => done(readerGone(e) ? new ReaderGone() : e);
		out.on('drain', onDrain);
		out.on('close', onClose);
		out.on('error', onError);
	});
}
