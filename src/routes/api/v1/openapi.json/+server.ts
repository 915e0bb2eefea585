import { openApiResponse } from '$lib/server/http/openapi';
import type { RequestHandler } from './$types';

/** The API's OpenAPI 3.1 document (http/openapi.ts); people read it at /api/docs. */
export const GET: RequestHandler = ({ request }) => openApiResponse(request);
