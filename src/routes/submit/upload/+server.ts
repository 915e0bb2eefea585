import { appDatabase } from '$lib/server/app-database';
import { postStagedUpload } from '$lib/server/http/staged-upload';
import type { RequestHandler } from './$types';

// Signed in: hooks.server.ts sends anyone else to the sign-in page (auth/route-access.ts).
export const POST: RequestHandler = async ({ request, locals }) =>
	postStagedUpload(await appDatabase(), locals.principal!, request, locals.locale);
