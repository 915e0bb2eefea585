import { json } from '@sveltejs/kit';
import { sql } from 'kysely';
import { appDatabase } from '$lib/server/app-database';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
	try {
		const { db, dialect } = await appDatabase();
		await sql`select 1`.execute(db);
		return json({ status: 'ok', database: dialect });
	} catch (e) {
		return json({ status: 'unavailable', error: (e as Error).message }, { status: 503 });
	}
};
