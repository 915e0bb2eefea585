import { appDatabase } from '$lib/server/app-database';
import { errorXlsxResponse, uploadErrors } from '$lib/server/error-download-service';
import { stagedPath, stagingDirectory } from '$lib/server/staging-store';
import type { RequestHandler } from './$types';

/** The uploader's own file with the bad cells marked (error-download-service.ts). */
export const GET: RequestHandler = async ({ params, locals }) => {
	const database = await appDatabase();
	// Null for an id that is not the caller's upload with errors: then no path is made from it.
	const errors = await uploadErrors(database, params.id, locals.principal?.login);
	const path = errors ? stagedPath(stagingDirectory(database), params.id) : '';
	return errorXlsxResponse(errors, path, locals.locale);
};
