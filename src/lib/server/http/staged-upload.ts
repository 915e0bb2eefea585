/**
 * `POST /submit/upload`: the upload page's file, saved to staging and checked (staging-service.ts).
 * A plain form post (no JavaScript) is answered 303 to the check's page. The page's script asks
 * with `Accept: application/x-ndjson` instead and reads the check's progress as it goes — one JSON
 * line `{"phase":"validating","rows":N}` now and then, and a last `{"done":true,"id":…}` or
 * `{"error":…}` — so that a clerk with a large file sees it move.
 */
import { format } from '../../i18n/format.ts';
import { MESSAGES, type Locale } from '../../i18n/messages.ts';
import { maySubmitAtAll, type Principal } from '../auth/permissions.ts';
import type { HimapDatabase } from '../db/connect.ts';
import { log } from '../log.ts';
import { checkReceived, receiveUpload, type ReceivedUpload } from '../staging-service.ts';
import { throttledProgress } from './progress-lines.ts';
import { readUpload, UploadTooLarge, UploadUnreadable } from './upload.ts';

const escape = (text: string) =>
	text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A refusal in the clerk's language: a line of JSON for the script, a short page for a plain form. */
function refusal(status: number, message: string, locale: Locale, ndjson: boolean): Response {
	const headers: Record<string, string> = { 'cache-control': 'private, no-store, no-transform' };
	// What is left of a refused body is not read: the connection is not kept for another request.
	if (status === 413) headers.connection = 'close';
	if (ndjson)
		return new Response(`${JSON.stringify({ error: message, status })}\n`, {
			status,
			headers: { ...headers, 'content-type': 'application/x-ndjson; charset=utf-8' }
		});
	const t = MESSAGES[locale];
	const body = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(t.submitTitle)} — HIMAP</title></head><body><h1>${escape(t.submitTitle)}</h1><p role="alert">${escape(message)}</p><p><a href="/submit">${escape(t.submitBack)}</a></p></body></html>`;
	return new Response(body, { status, headers: { ...headers, 'content-type': 'text/html; charset=utf-8' } });
}

export async function postStagedUpload(
	database: HimapDatabase,
	caller: Principal,
	request: Request,
	locale: Locale
): Promise<Response> {
	const t = MESSAGES[locale];
	const ndjson = /application\/x-ndjson/.test(request.headers.get('accept') ?? '');
	if (!maySubmitAtAll(caller).allowed) return refusal(403, t.submitNotAllowed, locale, ndjson);
	let received: ReceivedUpload;
	try {
		const upload = await readUpload(request);
		try {
			received = await receiveUpload(database, caller, upload);
		} finally {
			upload.file.resume();
		}
	} catch (e) {
		if (e instanceof UploadTooLarge)
			return refusal(
				413,
				format(t.submitTooLarge, { mb: Math.round(e.limit / 1024 / 1024) }),
				locale,
				ndjson
			);
		if (e instanceof UploadUnreadable) return refusal(400, t.submitNoFile, locale, ndjson);
		throw e;
	}
	if (!ndjson) {
		const staged = await checkReceived(database, caller, received);
		return new Response(null, { status: 303, headers: { location: `/submit/${staged.id}` } });
	}
	const encoder = new TextEncoder();
	const body = new ReadableStream<Uint8Array>({
		async start(controller) {
			const line = (value: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
			line({ phase: 'validating', rows: 0 });
			try {
				const staged = await checkReceived(database, caller, received, {
					onProgress: throttledProgress((rows) => line({ phase: 'validating', rows }))
				});
				line({ done: true, id: staged.id });
			} catch (e) {
				log.error({ err: (e as Error).message }, 'checking an uploaded file failed');
				line({ error: format(t.submitFailed, { reason: (e as Error).message }) });
			}
			controller.close();
		}
	});
	return new Response(body, {
		status: 200,
		headers: {
			'content-type': 'application/x-ndjson; charset=utf-8',
			// no-transform: compression (http/compression.ts) would hold the small lines back until the end.
			'cache-control': 'private, no-store, no-transform'
		}
	});
}
