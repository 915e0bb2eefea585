/**
 * The audit log for its readers (admins: auth/permissions.ts `mayReadAudit`): a page of lines,
 * newest first, and the whole of what a filter matches as CSV or JSON, streamed in batches so that
 * memory stays flat however long the log. Reads only — the log is append-only.
 */
import { BOM } from '../exports/csv-note.ts';
import { csvLines } from '../exports/row-text.ts';
import type { Cell } from '../exports/csv-format.ts';
import { regionsWithin } from './audit-filter.ts';
import type { HimapDatabase } from './db/connect.ts';
import { auditLines, countAuditLines, type AuditLine, type AuditQuery } from './db/audit.repository.ts';
import { REGION_RECORDS, REGIONS } from './region-reference.ts';

/** Which codes a region filter matches, over the shipped region reference (audit-filter.ts). */
export const auditRegionsWithin = regionsWithin(REGION_RECORDS, REGIONS);

export const AUDIT_PAGE_SIZE = 100;

export interface AuditPage {
	lines: AuditLine[];
	/** How many lines the filter matches in all. */
	total: number;
	/** The `before` of the next (older) page; null on the last. */
	nextBefore: number | null;
}

export async function auditPage(
	database: HimapDatabase,
	query: AuditQuery,
	size = AUDIT_PAGE_SIZE
): Promise<AuditPage> {
	// One more than shown: whether there is an older page, without a second query.
	const [found, total] = await Promise.all([
		auditLines(database.db, query, size + 1),
		countAuditLines(database.db, query)
	]);
	const lines = found.slice(0, size);
	return { lines, total, nextBefore: found.length > size ? lines[lines.length - 1].id : null };
}

/** The export's columns, in order; `before`, `after` and `detail` are JSON text in CSV, values in JSON. */
export const AUDIT_COLUMNS = [
	'id',
	'at',
	'actor',
	'action',
	'region',
	'year',
	'before',
	'after',
	'submission_id',
	'detail'
] as const;

const EXPORT_BATCH = 1000;

/**
 * Every matching line, newest first, a batch at a time by keyset: each batch starts below the
 * last id of the one before, so lines written during the export (larger ids) never enter it and
 * nothing is read twice or skipped.
 */
export async function* auditBatches(
	database: HimapDatabase,
	query: AuditQuery,
	batch = EXPORT_BATCH
): AsyncGenerator<AuditLine[]> {
	let beforeId = query.beforeId;
	for (;;) {
		const lines = await auditLines(database.db, { ...query, beforeId }, batch);
		if (lines.length) yield lines;
		if (lines.length < batch) return;
		beforeId = lines[lines.length - 1].id;
	}
}

const cells = (line: AuditLine): Record<(typeof AUDIT_COLUMNS)[number], Cell> => ({
	id: line.id,
	at: line.at,
	actor: line.actor,
	action: line.action,
	region: line.region,
	year: line.year,
	before: line.value_before,
	after: line.value_after,
	submission_id: line.submission_id,
	detail: line.detail
});

const parsed = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

async function* csvText(batches: AsyncIterable<AuditLine[]>): AsyncGenerator<string> {
	// A BOM: Excel opens the file as UTF-8 (logins and region names in Chinese). Cells that look
	// like formulas (a login of `=cmd|…`) are neutralised by csv-format.ts.
	yield BOM + AUDIT_COLUMNS.join(',') + '\r\n';
	const rows = async function* () {
		for await (const lines of batches) yield lines.map(cells);
	};
	for await (const lines of csvLines({ columns: AUDIT_COLUMNS }, rows())) yield lines.join('');
}

async function* jsonText(batches: AsyncIterable<AuditLine[]>): AsyncGenerator<string> {
	let first = true;
	yield '[';
	for await (const lines of batches) {
		const objects = lines.map((line) =>
			JSON.stringify({
				...cells(line),
				before: parsed(line.value_before),
				after: parsed(line.value_after),
				detail: parsed(line.detail)
			})
		);
		yield (first ? '\n' : ',\n') + objects.join(',\n');
		first = false;
	}
	yield first ? ']\n' : '\n]\n';
}

/** The export as a byte stream: one batch read each time the reader asks for more. */
export function auditExport(
	database: HimapDatabase,
	query: AuditQuery,
	format: 'csv' | 'json'
): ReadableStream<Uint8Array> {
	const batches = auditBatches(database, query);
	const text = format === 'csv' ? csvText(batches) : jsonText(batches);
	const encoder = new TextEncoder();
	return new ReadableStream<Uint8Array>({
		async pull(controller) {
			const next = await text.next();
			if (next.done) controller.close();
			else controller.enqueue(encoder.encode(next.value));
		},
		async cancel() {
			await text.return(undefined);
		}
	});
}
