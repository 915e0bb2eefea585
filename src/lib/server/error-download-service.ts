/**
 * The two downloads of a checked upload's errors (issue #13, errors a clerk can fix): the report
 * as CSV, and the clerk's own file as XLSX with the bad cells marked. Only the uploader may have
 * them; to anyone else, and for an upload without errors or past its time, there is nothing there
 * (404, not 403: an upload's id is not to be confirmed to others).
 */
import { open } from 'node:fs/promises';
import { PassThrough, Readable } from 'node:stream';
import type { Locale } from '../i18n/messages.ts';
import { outcomeGroups, type ErrorOutcome } from '../views/issue-report.ts';
import type { HimapDatabase } from './db/connect.ts';
import { findStagedUpload } from './db/staged-uploads.repository.ts';
import { errorReportCsv, errorReportFileName } from './error-report.ts';
import { writeErrorWorkbook, type UploadKind } from './error-workbook.ts';
import { problem } from './http/problem.ts';
import { log } from './log.ts';

const HEADERS = { 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' };

interface UploadErrors {
	fileName: string;
	outcome: ErrorOutcome;
}

/** The staged upload's errors, if `login` uploaded it, it had errors, and it has not expired. */
export async function uploadErrors(
	database: HimapDatabase,
	id: string,
	login: string | undefined,
	now = new Date()
): Promise<UploadErrors | null> {
	if (!login || !/^[0-9a-f]{32}$/.test(id)) return null;
	const upload = await findStagedUpload(database.db, id);
	if (!upload || upload.login !== login || upload.expires_at <= now.toISOString()) return null;
	const outcome = JSON.parse(upload.outcome) as Partial<ErrorOutcome> & { ok?: boolean };
	if (!Array.isArray(outcome.errors) || !outcome.errors.length) return null;
	return {
		fileName: upload.file_name,
		outcome: {
			errors: outcome.errors,
			errorCount: outcome.errorCount ?? outcome.errors.length,
			groups: outcome.groups
		}
	};
}

const disposition = (name: string) =>
	`attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

const notFound = () => problem(404, 'Not found', 'there is no such upload with errors, or it has expired');

export function errorCsvResponse(errors: UploadErrors | null, locale: Locale): Response {
	if (!errors) return notFound();
	return new Response(errorReportCsv(errors.outcome, locale), {
		headers: {
			...HEADERS,
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': disposition(errorReportFileName(errors.fileName, 'csv'))
		}
	});
}

/** What the staged file is: an XLSX (a zip) or CSV text, by its first bytes rather than its name. */
async function kindOf(path: string): Promise<UploadKind> {
	const file = await open(path);
	try {
		const { buffer, bytesRead } = await file.read(Buffer.alloc(4), 0, 4, 0);
		return bytesRead === 4 && buffer.readUInt32LE(0) === 0x04034b50 ? 'xlsx' : 'csv';
	} finally {
		await file.close();
	}
}

/** `path`: where the upload's file is staged. Streams; a failure part-way ends the download unfinished. */
export async function errorXlsxResponse(
	errors: UploadErrors | null,
	path: string,
	locale: Locale
): Promise<Response> {
	if (!errors) return notFound();
	let kind: UploadKind;
	try {
		kind = await kindOf(path);
	} catch {
		return notFound();
	}
	const body = new PassThrough();
	writeErrorWorkbook(path, kind, outcomeGroups(errors.outcome), locale, body).catch((e: Error) => {
		log.error({ err: e }, 'the error workbook failed part-way');
		body.destroy(e);
	});
	return new Response(Readable.toWeb(body) as ReadableStream, {
		headers: {
			...HEADERS,
			'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'content-disposition': disposition(errorReportFileName(errors.fileName, 'xlsx'))
		}
	});
}
