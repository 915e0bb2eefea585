import { MESSAGES } from '$lib/i18n/messages';
import { appDatabase } from '$lib/server/app-database';
import { filterQuery, parseAuditFilter } from '$lib/server/audit-filter';
import { AUDIT_PAGE_SIZE, auditPage, auditRegionsWithin } from '$lib/server/audit-service';
import { regionLookup } from '$lib/server/user-form-choices';
import { auditRows } from '$lib/views/audit-log';
import { issueLines } from '$lib/views/field-issues';
import type { PageServerLoad } from './$types';

/**
 * The audit log, newest first, a page at a time, filtered by the query string. A load and no
 * actions: nothing posted here changes the log (SvelteKit answers 405 to any POST).
 */
export const load: PageServerLoad = async (event) => {
	event.setHeaders({ 'cache-control': 'private, no-store' });
	const locale = event.locals.locale;
	const t = MESSAGES[locale];
	const { values, query, issues } = parseAuditFilter(event.url.searchParams, auditRegionsWithin);
	const filters = filterQuery(values);
	const base = { values, filters, problems: issueLines(t, issues), pageSize: AUDIT_PAGE_SIZE };
	if (issues.length) return { ...base, rows: [], total: 0, nextBefore: null, paged: false };
	const page = await auditPage(await appDatabase(), query);
	return {
		...base,
		rows: auditRows(t, locale, page.lines, regionLookup),
		total: page.total,
		nextBefore: page.nextBefore,
		paged: query.beforeId !== undefined
	};
};
