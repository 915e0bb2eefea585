import { PassThrough, Readable } from 'node:stream';
import { app } from '$lib/server/app-database';
import {
	EXPORT_FORMATS,
	isExportFormat,
	isExportTable,
	RoundsNotScored,
	streamExport,
	type ExportFormat,
	type ExportStart
} from '$lib/server/export-service';
import { ExportSink, ReaderGone } from '$lib/server/exports/sink';
import { SheetTooLargeError } from '$lib/server/exports/xlsx';
import { problem } from '$lib/server/http/problem';
import { scoresHeaders } from '$lib/server/http/scores-headers';
import { log } from '$lib/server/log';
import type { RequestHandler } from './$types';

const CONTENT_TYPES: Record<ExportFormat, string> = {
	csv: 'text/csv; charset=utf-8',
	json: 'application/json; charset=utf-8',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
};

/**
 * An export table, streamed: the headers go out as soon as the export has checked what it will
 * read, the rows as they are read. A failure after that ends the download unfinished (never a
 * file that looks whole).
 */
export const GET: RequestHandler = async ({ params, url }) => {
	if (!isExportTable(params.table))
		return problem(404, 'Unknown table', `there is no export table "${params.table}"`);
	const format = url.searchParams.get('format') ?? 'csv';
	if (!isExportFormat(format))
		return problem(400, 'Unknown format', `format must be one of ${EXPORT_FORMATS.join(', ')}`);
	const yearParam = url.searchParams.get('year');
	if (yearParam !== null && !/^\d{4}$/.test(yearParam))
		return problem(400, 'Bad year', 'year must be a year such as 2024');
	const { database, exports } = await app();
	const slot = exports.take();
	if (!slot)
		return problem(
			503,
			'Too many exports',
			`${exports.max} exports are being streamed; try again in a few seconds`,
			{
				'retry-after': '5'
			}
		);
	let body: PassThrough | undefined;
	let started: ExportStart;
	try {
		started = await new Promise<ExportStart>((resolve, reject) => {
			streamExport(
				database,
				params.table,
				{ format, year: yearParam === null ? undefined : Number(yearParam) },
				(info) => {
					body = new PassThrough();
					resolve(info);
					return new ExportSink(body);
				}
			)
				.catch((e) => {
					if (!body) return reject(e);
					if (!(e instanceof ReaderGone))
						log.error(
							{ route: '/api/v1/export/[table]', table: params.table, err: e },
							`export ${params.table} stopped: ${(e as Error).message}`
						);
					body.destroy(e);
				})
				.finally(() => slot.release());
		});
	} catch (e) {
		if (e instanceof RoundsNotScored)
			return problem(503, 'Being scored', `${e.message}; try again in a minute`, { 'retry-after': '30' });
		if (e instanceof SheetTooLargeError)
			return problem(422, 'Too large for a sheet', `${e.message}; ask for one round (year=) or format=csv`);
		throw e;
	}
	const name = `himap-${params.table}${yearParam ? `-${yearParam}` : ''}.${format}`;
	return new Response(Readable.toWeb(body!) as ReadableStream, {
		headers: {
			'content-type': CONTENT_TYPES[format],
			'content-disposition': `attachment; filename="${name}"`,
			...scoresHeaders(started)
		}
	});
};
