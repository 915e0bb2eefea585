/** What the audit log page shows (routes/admin/audit): each line's fields as text, verbatim. */
import type { Locale } from '../i18n/messages.ts';
import { regionLabel, type RegionLookup } from './admin-users.ts';
import type { Messages } from './page-base.ts';
import { utcTime } from './utc-time.ts';

export interface StoredAuditLine {
	id: number;
	at: string;
	actor: string;
	action: string;
	region: string | null;
	year: number | null;
	value_before: string | null;
	value_after: string | null;
	detail: string;
}

export interface AuditRow {
	id: number;
	at: string;
	actor: string;
	action: string;
	region: string;
	regionName: string;
	year: string;
	/** `closed → published`; empty when the line records no change of a value. */
	change: string;
	detail: string;
}

/**
 * A stored JSON value as one short text: a string as itself (`closed`), anything else as its
 * compact JSON (`{"role":"submitter","region":"440106"}`), nothing as `—`.
 */
export function shownValue(json: string | null): string {
	if (json === null) return '—';
	try {
		const value: unknown = JSON.parse(json);
		if (value === null) return '—';
		return typeof value === 'string' ? value : JSON.stringify(value);
	} catch {
		// Written by hand or by an older version: shown as it is stored.
		return json;
	}
}

export function auditRows(
	t: Messages,
	locale: Locale,
	lines: readonly StoredAuditLine[],
	lookup: RegionLookup
): AuditRow[] {
	return lines.map((line) => ({
		id: line.id,
		at: utcTime(line.at, true),
		actor: line.actor,
		action: line.action,
		region: line.region ?? '',
		regionName: regionLabel(t, locale, line.region, lookup),
		year: line.year === null ? '' : String(line.year),
		change:
			line.value_before === null && line.value_after === null
				? ''
				: `${shownValue(line.value_before)} → ${shownValue(line.value_after)}`,
		detail: line.detail
	}));
}
