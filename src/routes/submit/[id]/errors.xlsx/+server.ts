import { appDatabase } from '$lib/server/app-database';
import { errorXlsxResponse, uploadErrors } from '$lib/server/error-download-service';
import { stagedUploadFile } from '$lib/server/staged-upload-file';
import type { RequestHandler } from './$types';

/** The uploader's own file with the bad cells marked (error-download-service.ts). */
export const GET: RequestHandler = async ({ params, locals }) =>
	errorXlsxResponse(
		await uploadErrors(await appDatabase(), params.id, locals.principal?.login),
		stagedUploadFile(params.id),
		locals.locale
	);
