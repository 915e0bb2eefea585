import { appDatabase } from '$lib/server/app-database';
import { getSubmission } from '$lib/server/http/review-api';
import type { RequestHandler } from './$types';

// Signed in: hooks.server.ts answers 401 for anyone else (auth/route-access.ts).
export const GET: RequestHandler = async ({ params, locals }) =>
	getSubmission(await appDatabase(), locals.principal, params.id);
