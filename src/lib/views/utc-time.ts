/**
 * A stored instant (ISO 8601, UTC) as the admin pages show it: `2026-12-01 09:30` (to the second
 * in the audit log), labelled UTC by the page — the same in both languages and in the log's export.
 */
export const utcTime = (iso: string, seconds = false): string =>
	iso.slice(0, seconds ? 19 : 16).replace('T', ' ');
