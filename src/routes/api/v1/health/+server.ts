import { json } from '@sveltejs/kit';
import { app } from '$lib/server/app-database';
import { checkHealth } from '$lib/server/health-service';
import type { RequestHandler } from './$types';

/** 200 when every check passes, else 503 naming what is wrong (health-service.ts). */
export const GET: RequestHandler = async () => {
	const health = await checkHealth(await app());
	return json(health, {
		status: health.status === 'ok' ? 200 : 503,
		headers: { 'cache-control': 'no-store' }
	});
};
