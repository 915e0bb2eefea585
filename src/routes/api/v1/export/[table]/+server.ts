import { error } from '@sveltejs/kit';
import { appDatabase } from '$lib/server/app-database';
import {
	EXPORT_FORMATS,
	exportTable,
	isExportFormat,
	isExportTable,
	type ExportFormat
} from '$lib/server/export-service';
import { SheetTooLargeError } from '$lib/server/exports/xlsx';
import type { RequestHandler } from './$types';

const CONTENT_TYPES: Record<ExportFormat, string> = {
	csv: 'text/csv; charset=utf-8',
	json: 'application/json; charset=utf-8',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
};

export const GET: RequestHandler = async ({ params, url }) => {
	if (!isExportTable(params.table)) error(404, `unknown table ${params.table}`);
	const format = url.searchParams.get('format') ?? 'csv';
	if (!isExportFormat(format)) error(400, `format must be one of ${EXPORT_FORMATS.join(', ')}`);
	const yearParam = url.searchParams.get('year');
	if (yearParam !== null && !/^\d{4}$/.test(yearParam)) error(400, 'year must be a year such as 2024');
	let body: string | Uint8Array<ArrayBuffer>;
	try {
		body = await exportTable(await appDatabase(), params.table, {
			format,
			year: yearParam === null ? undefined : Number(yearParam)
		});
	} catch (e) {
		if (e instanceof SheetTooLargeError) error(422, `${e.message}; ask for one round (year=) or format=csv`);
		throw e;
	}
	const name = `himap-${params.table}${yearParam ? `-${yearParam}` : ''}.${format}`;
	return new Response(body, {
		headers: {
			'content-type': CONTENT_TYPES[format],
			'content-disposition': `attachment; filename="${name}"`
		}
	});
};
