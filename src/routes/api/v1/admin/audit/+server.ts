/**
 * `GET /api/v1/admin/audit?actor=&action=&region=&year=&from=&to=&format=csv|json` — the audit
 * log, filtered as on its page (server/audit-filter.ts), streamed newest first. Admins only, by
 * session or token (auth/route-access.ts admits only them here). GET is the only method: no
 * request changes the log.
 */
import { mayReadAudit } from '$lib/server/auth/permissions';
import { appDatabase } from '$lib/server/app-database';
import { parseAuditFilter, type AuditFilterIssue } from '$lib/server/audit-filter';
import { auditExport, auditRegionsWithin } from '$lib/server/audit-service';
import { problem } from '$lib/server/http/problem';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ url, locals }) => {
	const allowed = mayReadAudit(locals.principal);
	if (!allowed.allowed) return problem(allowed.status, 'Not allowed', allowed.reason);
	const format = url.searchParams.get('format') ?? 'csv';
	if (format !== 'csv' && format !== 'json')
		return problem(400, 'Unknown format', 'format must be csv or json');
	const { query, issues } = parseAuditFilter(url.searchParams, auditRegionsWithin);
	if (issues.length)
		return problem(400, 'Bad filter', issues.map((i) => `${i.field}: ${FILTER_PROBLEMS[i.code]}`).join('; '));
	return new Response(auditExport(await appDatabase(), query, format), {
		headers: {
			'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="himap-audit.${format}"`,
			'cache-control': 'private, no-store'
		}
	});
};

/** The API's words for a bad filter (the page says it in the reader's language). */
const FILTER_PROBLEMS: Record<AuditFilterIssue['code'], string> = {
	auditRegionUnknown: 'not a province, city or county code of the region reference, nor 000000',
	auditYearShape: 'a round is a year such as 2024',
	auditDateShape: 'a day is written YYYY-MM-DD (UTC)',
	auditDateOrder: 'the last day comes before the first',
	auditTooLong: 'longer than 200 characters',
	auditPageShape: 'a page starts before a line id, a whole number'
};
