import { error } from '@sveltejs/kit';
import { appDatabase } from '$lib/server/app-database';
import { exportTable, isExportTable } from '$lib/server/export-service';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url }) => {
	if (!isExportTable(params.table)) error(404, `unknown table ${params.table}`);
	const format = url.searchParams.get('format') ?? 'csv';
	if (format !== 'csv' && format !== 'json') error(400, 'format must be csv or json');
	const yearParam = url.searchParams.get('year');
	if (yearParam !== null && !/^\d{4}$/.test(yearParam)) error(400, 'year must be a year such as 2024');
	const body = await exportTable(await appDatabase(), params.table, {
		format,
		year: yearParam === null ? undefined : Number(yearParam)
	});
	const name = `himap-${params.table}${yearParam ? `-${yearParam}` : ''}.${format}`;
	return new Response(body, {
		headers: {
			'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="${name}"`
		}
	});
};
