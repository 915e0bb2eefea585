import { exportResponse } from '$lib/server/http/export-response';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url, locals }) =>
	exportResponse(params.table, url, locals.principal);
