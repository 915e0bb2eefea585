import { PassThrough, Readable } from 'node:stream';
import { error } from '@sveltejs/kit';
import { appDatabase } from '$lib/server/app-database';
import { completenessScope, mayViewCompleteness } from '$lib/server/auth/completeness-access';
import { completenessRounds } from '$lib/server/completeness-service';
import { writeCompletenessCsv } from '$lib/server/completeness-export';
import { ExportSink, ReaderGone } from '$lib/server/exports/sink';
import { log } from '$lib/server/log';
import { REGIONS } from '$lib/server/region-reference';
import type { RequestHandler } from './$types';

/** Every expected unit of a round with its status, inside the caller's region (or the province asked for). */
export const GET: RequestHandler = async ({ url, locals }) => {
	const caller = locals.principal;
	const may = mayViewCompleteness(caller);
	if (!may.allowed || !caller) error(may.allowed ? 401 : may.status, may.allowed ? '' : may.reason);
	const database = await appDatabase();
	const { rounds, preferred } = await completenessRounds(database);
	const asked = url.searchParams.get('year');
	const year = asked === null ? preferred : Number(asked);
	if (year === null || !rounds.some((r) => r.year === year))
		error(404, `no survey round ${asked ?? ''}`.trim());
	const scope = completenessScope(caller, url.searchParams.get('province'), REGIONS);
	const body = new PassThrough();
	writeCompletenessCsv(database, year, scope, new ExportSink(body)).catch((e: Error) => {
		if (!(e instanceof ReaderGone))
			log.error({ route: '/completeness/export.csv', err: e }, `completeness export stopped: ${e.message}`);
		body.destroy(e);
	});
	return new Response(Readable.toWeb(body) as ReadableStream, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="himap-completeness-${year}.csv"`,
			'cache-control': 'private, no-store'
		}
	});
};
