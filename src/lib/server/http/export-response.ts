/** The HTTP answer to `GET /api/v1/export/<table>` (docs/contracts.md, HTTP API). */
import { PassThrough, Readable } from 'node:stream';
import { app } from '../app-database.ts';
import { DEFAULT_METHOD, methodKey, parseMethod, type Method } from '../../scoring/method.ts';
import { scopePrefix } from '../../survey/region-cover.ts';
import { mayExportTable, mayReadRound, ownDataRegion, type Principal } from '../auth/permissions.ts';
import { roundStateOf } from '../round-state-service.ts';
import {
	EXPORT_FORMATS,
	isExportFormat,
	isExportTable,
	RoundNotVisible,
	RoundsNotScored,
	streamExport,
	type ExportFormat,
	type ExportStart
} from '../export-service.ts';
import { provenanceHeaders } from '../exports/provenance.ts';
import { ExportSink, ReaderGone } from '../exports/sink.ts';
import { SheetTooLargeError } from '../exports/xlsx.ts';
import { monteCarloRefusal } from './monte-carlo-query.ts';
import { problem } from './problem.ts';
import { scoresHeaders } from './scores-headers.ts';
import { log } from '../log.ts';
import type { Framework } from '../../scoring/framework.ts';
import type { HimapDatabase } from '../db/connect.ts';
import { FRAMEWORK_REF, FrameworkNotFound, findFramework, frameworkRef } from '../framework-service.ts';
import { DEFAULT_FRAMEWORK } from '../framework-store.ts';

/** `framework=`: a stored framework by `id` or `id@version`; undefined for the default; a problem answer when malformed or not stored. */
async function chosenFramework(database: HimapDatabase, url: URL): Promise<Framework | undefined | Response> {
	const ref = url.searchParams.get('framework');
	if (ref === null || ref === '') return undefined;
	if (!FRAMEWORK_REF.test(ref))
		return problem(
			400,
			'Bad framework',
			'framework must be an id such as himap-default, or id@version such as himap-default@1.0.0'
		);
	return (
		(await findFramework(database, ref)) ??
		problem(404, 'No such framework', new FrameworkNotFound(ref).message)
	);
}

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
export async function exportResponse(table: string, url: URL, caller: Principal | null): Promise<Response> {
	if (!isExportTable(table)) return problem(404, 'Unknown table', `there is no export table "${table}"`);
	const allowed = mayExportTable(caller, table);
	if (!allowed.allowed) return problem(allowed.status, 'Not allowed', allowed.reason);
	const format = url.searchParams.get('format') ?? 'csv';
	if (!isExportFormat(format))
		return problem(400, 'Unknown format', `format must be one of ${EXPORT_FORMATS.join(', ')}`);
	const yearParam = url.searchParams.get('year');
	// The data page's Excel-friendly form (docs/data-downloads.md); anything but 1 leaves the bytes as the contract has them.
	const csv = { bom: url.searchParams.get('bom') === '1', source: url.searchParams.get('source') === '1' };
	if (yearParam !== null && !/^\d{4}$/.test(yearParam))
		return problem(400, 'Bad year', 'year must be a year such as 2024');
	const refused = monteCarloRefusal(table, url);
	if (refused) return refused;
	// The CLI's method flags, by the same names; without them the default method.
	let method: Method;
	try {
		const part = (name: string) => url.searchParams.get(name) ?? undefined;
		method = parseMethod({
			normalise: part('normalise'),
			weights: part('weights'),
			aggregate: part('aggregate')
		});
	} catch (e) {
		return problem(400, 'Unknown method', (e as Error).message);
	}
	const { database, exports, scoring } = await app();
	const chosen = await chosenFramework(database, url);
	if (chosen instanceof Response) return chosen;
	const states = await roundStateOf(database);
	// A submitter or reviewer sees its own region's responses in every round; otherwise a round is read whole or not at all.
	const own = table === 'responses' ? ownDataRegion(caller) : null;
	const visible = (year: number) => own !== null || mayReadRound(caller, states.get(year) ?? null);
	const regionPrefix = own === null ? undefined : scopePrefix(own);
	// What waits for review is the unit's and its reviewers' (and admins' and analysts'), not the public's.
	const approvedOnly = own === null && caller?.role !== 'admin' && caller?.role !== 'analyst';
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
				table,
				{
					format,
					year: yearParam === null ? undefined : Number(yearParam),
					method,
					framework: chosen,
					csv,
					visible,
					regionPrefix,
					approvedOnly
				},
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
							{ route: '/api/v1/export/[table]', table: table, err: e },
							`export ${table} stopped: ${(e as Error).message}`
						);
					body.destroy(e);
				})
				.finally(() => slot.release());
		});
	} catch (e) {
		if (e instanceof RoundNotVisible) return problem(404, 'No such round', e.message);
		if (e instanceof RoundsNotScored) {
			// The default method's runs of the default framework are kept current anyway; another
			// method or a stored framework is scored on demand, as a page asks for it.
			const framework = chosen ?? DEFAULT_FRAMEWORK;
			if (methodKey(method) !== methodKey(DEFAULT_METHOD) || framework !== DEFAULT_FRAMEWORK)
				for (const year of e.years) scoring.prepare(year, method, frameworkRef(framework));
			return problem(503, 'Being scored', `${e.message}; try again in a minute`, { 'retry-after': '30' });
		}
		if (e instanceof SheetTooLargeError)
			return problem(422, 'Too large for a sheet', `${e.message}; ask for one round (year=) or format=csv`);
		throw e;
	}
	const name = `himap-${table}${yearParam ? `-${yearParam}` : ''}.${format}`;
	return new Response(Readable.toWeb(body!) as ReadableStream, {
		headers: {
			'content-type': CONTENT_TYPES[format],
			'content-disposition': `attachment; filename="${name}"`,
			...scoresHeaders(started),
			...provenanceHeaders(started.provenance)
		}
	});
}
