import { appDatabase } from '$lib/server/app-database';
import { postReview } from '$lib/server/http/review-api';
import type { RequestHandler } from './$types';

// Signed in: hooks.server.ts answers 401 for anyone else (auth/route-access.ts), and 403 for a
// browser's post without HIMAP's Origin (http/origin-check.ts).
export const POST: RequestHandler = async ({ params, locals, request }) =>
	postReview(await appDatabase(), locals.principal, params.id, request);
