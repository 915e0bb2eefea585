import { appDatabase } from '$lib/server/app-database';
import { roundsResponse } from '$lib/server/http/rounds-api';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals }) =>
	roundsResponse(await appDatabase(), locals.principal);
