/**
 * A survey file posted as `multipart/form-data` (field `file`), read as a stream — the import
 * validates it as it arrives, as the CLI does a file on disk — and refused with 413 past the
 * upload limit: at once from its Content-Length, or as soon as the bytes pass it.
 */
import { Readable } from 'node:stream';
import busboy from 'busboy';

/** The most a survey file may weigh: HIMAP_MAX_UPLOAD_MB megabytes (default 100). */
export function maxUploadBytes(env: Record<string, string | undefined> = process.env): number {
	const mb = Number(env.HIMAP_MAX_UPLOAD_MB ?? 100);
	return (Number.isFinite(mb) && mb > 0 ? mb : 100) * 1024 * 1024;
}

/** Room for the multipart framing around the file: boundaries, headers, small fields. */
const FRAMING = 64 * 1024;

export class UploadTooLarge extends Error {
	constructor(readonly limit: number) {
		super(
			`the file is larger than the upload limit of ${Math.round(limit / 1024 / 1024)} MB; split it by region or round`
		);
	}
}

export class UploadUnreadable extends Error {}

/**
 * How much of a body refused by its length is read (and thrown away) so that the client, still
 * sending, gets to read the 413; past this the connection is dropped instead (http/submissions-api.ts).
 */
const DISCARD_AT_MOST = 16 * 1024 * 1024;

/** Reads and drops up to `most` bytes of a body; stops reading past that. */
async function discard(body: ReadableStream<Uint8Array> | null, most: number): Promise<void> {
	if (!body) return;
	const reader = body.getReader();
	for (let seen = 0; seen <= most;) {
		const chunk = await reader.read().catch(() => null);
		if (!chunk || chunk.done) return;
		seen += chunk.value.byteLength;
	}
	await reader.cancel().catch(() => {});
}

export interface Upload {
	fileName: string;
	/** The file's bytes; errors with UploadTooLarge once past the limit. */
	file: Readable;
	/** Form fields sent before the file. */
	fields: Map<string, string>;
}

/** The request's file, once its part begins; throws UploadTooLarge or UploadUnreadable before that. */
export async function readUpload(request: Request, limit = maxUploadBytes()): Promise<Upload> {
	const length = Number(request.headers.get('content-length') ?? NaN);
	if (length > limit + FRAMING) {
		await discard(request.body, DISCARD_AT_MOST);
		throw new UploadTooLarge(limit);
	}
	const type = request.headers.get('content-type') ?? '';
	if (!/^multipart\/form-data/i.test(type) || !request.body)
		throw new UploadUnreadable('send the survey file as multipart/form-data in a field named "file"');
	let parser: busboy.Busboy;
	try {
		parser = busboy({ headers: { 'content-type': type }, limits: { files: 1, fileSize: limit, fields: 20 } });
	} catch (e) {
		throw new UploadUnreadable(`the multipart body cannot be read: ${(e as Error).message}`);
	}
	const fields = new Map<string, string>();
	return new Promise<Upload>((resolve, reject) => {
		let found = false;
		parser.on('field', (name, value) => fields.set(name, value));
		parser.on('file', (name, stream, info) => {
			if (name !== 'file' || found) return stream.resume();
			found = true;
			stream.on('limit', () => stream.destroy(new UploadTooLarge(limit)));
			resolve({ fileName: info.filename || 'upload.csv', file: stream, fields });
		});
		parser.on('error', (e) =>
			reject(new UploadUnreadable(`the multipart body cannot be read: ${(e as Error).message}`))
		);
		parser.on('close', () => {
			if (!found)
				reject(new UploadUnreadable('the form has no file; send the survey file in a field named "file"'));
		});
		Readable.fromWeb(request.body as import('node:stream/web').ReadableStream).pipe(parser);
	});
}
