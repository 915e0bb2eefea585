/**
 * The audit log's filters, as the page's form and its export link give them (the same names in
 * the query string): who, what (an action prefix), region, round, and a span of days. Pure: the
 * caller says which region codes lie within a region.
 *
 * A region matches a line whose region is that code or lies inside it by the region reference's
 * parent chain — the rule of auth/permissions.ts `regionWithin`, so a province finds its cities,
 * its counties and the counties it governs directly; `000000` (the nation) finds every line that
 * has a region. Days are UTC days, as the log's times are.
 */
import { regionWithin } from './auth/permissions.ts';
import { NATIONAL_REGION } from './auth/roles.ts';
import type { RegionIndex, RegionRecord } from '../survey/regions.ts';
import type { AuditQuery } from './db/audit.repository.ts';

export const AUDIT_FILTERS = ['actor', 'action', 'region', 'year', 'from', 'to'] as const;
export type AuditFilterName = (typeof AUDIT_FILTERS)[number];
/** The filters as typed (trimmed), to show in the form again and to carry into the export link. */
export type AuditFilterValues = Record<AuditFilterName, string>;

export interface AuditFilterIssue {
	field: AuditFilterName | 'before';
	code:
		| 'auditRegionUnknown'
		| 'auditYearShape'
		| 'auditDateShape'
		| 'auditDateOrder'
		| 'auditTooLong'
		| 'auditPageShape';
}

/** Longer free text is no login or action: refused rather than sent to the database. */
export const MAX_FILTER_LENGTH = 200;

/**
 * The codes a region filter matches: the region and what lies inside it, `any` for the nation,
 * null when the reference does not know the code.
 */
export type RegionsWithin = (code: string) => readonly string[] | 'any' | null;

/** `RegionsWithin` over a region reference. */
export function regionsWithin(records: readonly RegionRecord[], index: RegionIndex): RegionsWithin {
	const known = new Map<string, string[]>();
	return (code) => {
		if (code === NATIONAL_REGION) return 'any';
		if (!index.get(code)) return null;
		let codes = known.get(code);
		if (!codes)
			known.set(code, (codes = records.filter((r) => regionWithin(code, r.code, index)).map((r) => r.code)));
		return codes;
	};
}

export interface ParsedAuditFilter {
	values: AuditFilterValues;
	/** What to ask the repository; meaningless while `issues` is not empty. */
	query: AuditQuery;
	issues: AuditFilterIssue[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day `YYYY-MM-DD` as the instant it begins (UTC), or null when it is no such day. */
function dayStart(day: string): Date | null {
	if (!DAY.test(day)) return null;
	const at = new Date(`${day}T00:00:00.000Z`);
	// `2026-02-30` parses as March 2nd: a day that does not round-trip does not exist.
	return Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== day ? null : at;
}

/** Reads the filters (and the page's `before` keyset) from a query string. */
export function parseAuditFilter(params: URLSearchParams, within: RegionsWithin): ParsedAuditFilter {
	const values = Object.fromEntries(
		AUDIT_FILTERS.map((name) => [name, (params.get(name) ?? '').trim()])
	) as AuditFilterValues;
	const issues: AuditFilterIssue[] = [];
	const query: AuditQuery = {};
	for (const name of AUDIT_FILTERS)
		if (values[name].length > MAX_FILTER_LENGTH) issues.push({ field: name, code: 'auditTooLong' });
	if (issues.length) return { values, query, issues };
	if (values.actor) query.actor = values.actor;
	if (values.action) query.actionPrefix = values.action;
	if (values.region) {
		const codes = within(values.region);
		if (codes === null) issues.push({ field: 'region', code: 'auditRegionUnknown' });
		else query.regions = codes;
	}
	if (values.year) {
		if (/^\d{4}$/.test(values.year)) query.year = Number(values.year);
		else issues.push({ field: 'year', code: 'auditYearShape' });
	}
	const from = values.from ? dayStart(values.from) : undefined;
	const to = values.to ? dayStart(values.to) : undefined;
	if (from === null) issues.push({ field: 'from', code: 'auditDateShape' });
	if (to === null) issues.push({ field: 'to', code: 'auditDateShape' });
	if (from) query.atFrom = from.toISOString();
	// Up to the end of the day named.
	if (to) query.atBefore = new Date(to.getTime() + 86_400_000).toISOString();
	if (from && to && from > to) issues.push({ field: 'to', code: 'auditDateOrder' });
	const before = params.get('before');
	if (before !== null) {
		if (/^[1-9]\d{0,15}$/.test(before)) query.beforeId = Number(before);
		else issues.push({ field: 'before', code: 'auditPageShape' });
	}
	return { values, query, issues };
}

/** The filters given, as a query string (`actor=…&year=…`), for links that keep them. */
export function filterQuery(values: AuditFilterValues): string {
	return AUDIT_FILTERS.filter((name) => values[name])
		.map((name) => `${name}=${encodeURIComponent(values[name])}`)
		.join('&');
}
