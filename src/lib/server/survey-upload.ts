/**
 * A survey file of either kind a clerk may send — CSV (survey-file.ts) or XLSX (xlsx-file.ts) —
 * told apart by its first bytes, not its name: a workbook renamed .csv is still read as one.
 */
import { Readable } from 'node:stream';
import { FileRejected, readSurveyFile, type RecordBatch, type SurveyFileReader } from './survey-file.ts';
import { readXlsxFile } from './xlsx-file.ts';

export type FileKind = 'xlsx' | 'ole' | 'csv';

/** What the first bytes say: a zip (XLSX), an OLE container (an encrypted workbook, or an old .xls), or text. */
export function fileKind(head: Uint8Array): FileKind {
	if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'xlsx';
	if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return 'ole';
	return 'csv';
}

/** The first `n` bytes, put back; a stream that ended sooner is replaced by one holding them. */
function peek(stream: Readable, n: number): Promise<{ head: Buffer; source: Readable }> {
	if (stream.errored) return Promise.reject(stream.errored);
	if (stream.readableEnded) return Promise.resolve({ head: Buffer.alloc(0), source: Readable.from([]) });
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let length = 0;
		const finish = (ended: boolean) => {
			stream.off('readable', onReadable);
			stream.off('end', onEnd);
			stream.off('error', onError);
			const head = Buffer.concat(chunks);
			if (ended) return resolve({ head, source: Readable.from(head.length ? [head] : []) });
			stream.unshift(head);
			resolve({ head, source: stream });
		};
		const onReadable = () => {
			for (let chunk: Buffer | null; (chunk = stream.read() as Buffer | null) !== null;) {
				chunks.push(chunk);
				length += chunk.length;
				if (length >= n) return finish(false);
			}
		};
		const onEnd = () => finish(true);
		const onError = (e: Error) => {
			stream.off('readable', onReadable);
			stream.off('end', onEnd);
			reject(e);
		};
		stream.on('readable', onReadable);
		stream.once('end', onEnd);
		stream.once('error', onError);
	});
}

const OLE_MESSAGE =
	'the file is a password-protected workbook or an old Excel .xls file; remove the password and save it as .xlsx, or save it as CSV';

/** Streams records from a survey file of either kind; `encoding()` is 'xlsx' for a workbook. */
export function readSurveyUpload(bytes: Readable): SurveyFileReader {
	// Until the first batch is asked for nothing else listens, and an unheard 'error' ends the process.
	const noted = (e: Error) => void e;
	bytes.on('error', noted);
	let inner: SurveyFileReader | null = null;
	async function* batches(): AsyncGenerator<RecordBatch> {
		const { head, source } = await peek(bytes, 4);
		bytes.off('error', noted);
		const kind = fileKind(head);
		if (kind === 'ole')
			throw new FileRejected({
				row: null,
				column: null,
				value: null,
				message: OLE_MESSAGE,
				code: 'xlsx-locked'
			});
		inner = kind === 'xlsx' ? readXlsxFile(source) : readSurveyFile(source);
		yield* inner.batches;
	}
	return {
		batches: batches(),
		encoding: () => inner?.encoding() ?? 'unknown',
		sha256: () => inner?.sha256() ?? ''
	};
}
