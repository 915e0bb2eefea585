import { exportResponse } from '$lib/server/http/export-response';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url }) => exportResponse(params.table, url);
