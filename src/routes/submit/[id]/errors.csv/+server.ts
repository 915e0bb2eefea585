import { appDatabase } from '$lib/server/app-database';
import { errorCsvResponse, uploadErrors } from '$lib/server/error-download-service';
import type { RequestHandler } from './$types';

/** The upload's errors as CSV, for its uploader only (error-download-service.ts). */
export const GET: RequestHandler = async ({ params, locals }) =>
	errorCsvResponse(
		await uploadErrors(await appDatabase(), params.id, locals.principal?.login),
		locals.locale
	);
