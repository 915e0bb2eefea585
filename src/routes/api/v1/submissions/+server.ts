import { appDatabase } from '$lib/server/app-database';
import { getSubmissions, postSubmission } from '$lib/server/http/submissions-api';
import type { RequestHandler } from './$types';

// Signed in: hooks.server.ts answers 401 for anyone else (auth/route-access.ts).
export const POST: RequestHandler = async ({ request, url, locals }) =>
	postSubmission(await appDatabase(), locals.principal!, request, url);

export const GET: RequestHandler = async ({ url, locals }) =>
	getSubmissions(await appDatabase(), locals.principal, url);
