/**
 * `POST /api/v1/submissions` and `GET /api/v1/submissions` (docs/contracts.md, HTTP API): what
 * each status means is in the OpenAPI document (http/openapi.ts). Errors are problem+json; a file
 * with errors answers 422 with the CLI's error list under `errors`.
 */
import { maySubmitAtAll, mayListSubmissions, type Principal } from '../auth/permissions.ts';
import type { HimapDatabase } from '../db/connect.ts';
import { ImportOutcomeUnknown } from '../import-service.ts';
import { submitSurvey, visibleSubmissions } from '../submission-service.ts';
import { problem } from './problem.ts';
import { readUpload, UploadTooLarge, UploadUnreadable, type Upload } from './upload.ts';

const json = (status: number, body: unknown) =>
	new Response(JSON.stringify(body), {
		status,
		headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'private, no-store' }
	});

const TITLES: Record<number, string> = { 403: 'Forbidden', 409: 'Round not open' };

export async function postSubmission(
	database: HimapDatabase,
	caller: Principal,
	request: Request,
	url: URL
): Promise<Response> {
	const role = maySubmitAtAll(caller);
	if (!role.allowed) return problem(role.status, 'Forbidden', role.reason);
	let upload: Upload;
	try {
		upload = await readUpload(request);
	} catch (e) {
		if (e instanceof UploadTooLarge) return tooLarge(e);
		if (e instanceof UploadUnreadable) return problem(400, 'No survey file', e.message);
		throw e;
	}
	const dryRun = (url.searchParams.get('dryRun') ?? upload.fields.get('dryRun')) === 'true';
	try {
		const result = await submitSurvey(database, caller, upload.file, { fileName: upload.fileName, dryRun });
		const { warnings, warningCount } = result;
		if (result.ok)
			return json(dryRun ? 200 : 201, {
				submission: result.summary,
				warnings,
				warningCount,
				...(result.preview ? { preview: result.preview } : {})
			});
		if (result.refused)
			return problem(
				result.refused.status,
				TITLES[result.refused.status],
				result.refused.reason,
				{},
				{
					errors: result.errors
				}
			);
		return problem(
			422,
			'The file has errors',
			`${result.errorCount} error${result.errorCount === 1 ? '' : 's'}; nothing was stored — correct the rows named and send the file again`,
			{},
			{ errors: result.errors, errorCount: result.errorCount, groups: result.groups, warnings, warningCount }
		);
	} catch (e) {
		if (e instanceof UploadTooLarge) return tooLarge(e);
		if (e instanceof ImportOutcomeUnknown)
			return problem(503, 'Outcome unknown', e.message, { 'retry-after': '30' });
		throw e;
	} finally {
		// What was not read (a refusal stops early) is drained, so the client can finish sending and read the answer.
		upload.file.resume();
	}
}

/** What is left of the body may be unread: the connection is closed after the answer, never reused. */
const tooLarge = (e: UploadTooLarge) => problem(413, 'File too large', e.message, { connection: 'close' });

export async function getSubmissions(
	database: HimapDatabase,
	caller: Principal | null,
	url: URL
): Promise<Response> {
	const allowed = mayListSubmissions(caller);
	if (!allowed.allowed) return problem(allowed.status, 'Forbidden', allowed.reason);
	const yearParam = url.searchParams.get('year');
	if (yearParam !== null && !/^\d{4}$/.test(yearParam))
		return problem(400, 'Bad year', 'year must be a year such as 2024');
	const rows = await visibleSubmissions(
		database,
		caller!,
		yearParam === null ? undefined : Number(yearParam)
	);
	return json(200, rows);
}
