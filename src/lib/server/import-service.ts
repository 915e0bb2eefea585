/**
 * Imports a survey file: whole or not at all. Records stream from the file through the validator
 * into one transaction; the first error stops the writing (validation goes on, so every error is
 * reported in one pass) and the transaction is rolled back. A dry run is the same import, rolled
 * back at the end, so its counts of new and superseded respondents are exact.
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { resolveHeader } from '../survey/header.ts';
import type { SurveyIssue } from '../survey/issues.ts';
import { answerColumnNames, TEMPLATES, type TemplateId } from '../survey/templates.ts';
import { SurveyValidator, type SurveyRow } from '../survey/validator.ts';
import type { HimapDatabase } from './db/connect.ts';
import { lockImports } from './db/dialect.ts';
import * as responses from './db/responses.repository.ts';
import * as submissions from './db/submissions.repository.ts';
import { REGIONS } from './region-reference.ts';
import { FileRejected, readSurveyFile } from './survey-file.ts';

export interface ImportOptions {
	fileName: string;
	submittedBy: string;
	template?: TemplateId;
	dryRun?: boolean;
}

export interface ImportSummary {
	/** Null for a dry run. */
	submissionId: number | null;
	fileName: string;
	template: TemplateId;
	encoding: string;
	sha256: string;
	years: number[];
	rows: number;
	new: number;
	superseded: number;
	dryRun: boolean;
}

export type ImportResult =
	| { ok: true; summary: ImportSummary; warnings: SurveyIssue[] }
	| { ok: false; errors: SurveyIssue[]; errorCount: number; warnings: SurveyIssue[] };

// Rows per database round trip. Small enough that a batch's JSON for PostgreSQL (~120 KB) stays
// out of V8's large-object space, which is collected late and inflated peak RSS at 1M rows.
const BATCH = 250;
/** Small reads keep each parsed chunk short-lived, so V8 frees it young instead of growing the heap. */
const READ_CHUNK = 64 * 1024;

class Rollback extends Error {
	constructor(readonly result: ImportResult) {
		super('rollback');
	}
}

export function importSurveyPath(
	database: HimapDatabase,
	path: string,
	options: Omit<ImportOptions, 'fileName'> & { fileName?: string }
) {
	return importSurvey(database, createReadStream(path, { highWaterMark: READ_CHUNK }), {
		...options,
		fileName: options.fileName ?? basename(path)
	});
}

export function importSurveyBytes(database: HimapDatabase, bytes: Uint8Array, options: ImportOptions) {
	return importSurvey(database, Readable.from(slices(bytes, READ_CHUNK)), options);
}

function* slices(bytes: Uint8Array, size: number) {
	for (let i = 0; i < bytes.length; i += size)
		yield Buffer.from(bytes.buffer, bytes.byteOffset + i, Math.min(size, bytes.length - i));
}

/**
 * SQLite has one writer at a time, and better-sqlite3 waits for a busy database synchronously,
 * blocking the event loop: a second import in this process, on its own connection, would stall the
 * first (which holds the lock and needs the loop to finish) until the busy timeout, then fail. So
 * imports into one SQLite database take turns here; other processes are kept apart by SQLite's lock.
 */
const sqliteTurns = new Map<string, Promise<void>>();

/** Waits for this process's earlier imports into the same SQLite database; returns the call that ends this one's turn. */
async function takeTurn(database: HimapDatabase): Promise<() => void> {
	if (database.dialect !== 'sqlite') return () => {};
	const previous = sqliteTurns.get(database.label) ?? Promise.resolve();
	let end!: () => void;
	const turn = new Promise<void>((resolve) => (end = resolve));
	const mine = previous.then(() => turn);
	sqliteTurns.set(database.label, mine);
	await previous;
	return () => {
		end();
		if (sqliteTurns.get(database.label) === mine) sqliteTurns.delete(database.label);
	};
}

const isBlank = (fields: string[]) => fields.every((f) => f.trim() === '');

async function importSurvey(
	database: HimapDatabase,
	source: Readable,
	options: ImportOptions
): Promise<ImportResult> {
	const { db, dialect } = database;
	const endTurn = await takeTurn(database);
	const reader = readSurveyFile(source);
	let committed: ImportResult | undefined;
	try {
		await db.transaction().execute(async (trx) => {
			await lockImports(trx, dialect);
			const submissionId = await submissions.create(trx, {
				file_name: options.fileName,
				sha256: '',
				encoding: '',
				template: options.template ?? '',
				answer_columns: '[]',
				years: '',
				row_count: 0,
				new_count: 0,
				superseded_count: 0,
				submitted_at: new Date().toISOString(),
				submitted_by: options.submittedBy
			});
			let validator: SurveyValidator | null = null;
			let warnings: SurveyIssue[] = [];
			let pending: SurveyRow[] = [];
			let stored = 0;
			let superseded = 0;
			const years = new Set<number>();
			// Rounds already holding responses; an import into an empty round skips the supersede step.
			const occupied = new Set<number>();
			const checked = new Set<number>();
			let inFlight: Promise<void> = Promise.resolve();
			const flush = async () => {
				if (!validator || validator.errorCount > 0 || pending.length === 0) return;
				for (const r of pending) {
					if (checked.has(r.year)) continue;
					checked.add(r.year);
					if (await responses.roundHasResponses(trx, r.year)) occupied.add(r.year);
				}
				// One batch in flight while the next is parsed: PostgreSQL works on another core meanwhile.
				await inFlight;
				const batch = pending;
				pending = [];
				stored += batch.length;
				inFlight = responses
					.supersedeAndInsert(trx, database, submissionId, validator.template, batch, occupied)
					.then((n) => void (superseded += n));
				// A failed batch must not be left unobserved while parsing goes on.
				inFlight.catch(() => {});
			};
			for await (const batch of reader.batches) {
				for (let i = 0; i < batch.records.length; i++) {
					const fields = batch.records[i];
					const row = batch.firstRow + i;
					if (isBlank(fields)) continue;
					if (!validator) {
						const header = resolveHeader(fields, options.template);
						if (!header.ok)
							throw new Rollback({
								ok: false,
								errors: header.errors,
								errorCount: header.errors.length,
								warnings: []
							});
						warnings = header.plan.warnings;
						validator = new SurveyValidator(header.plan, REGIONS);
						continue;
					}
					const valid = validator.row(fields, row);
					if (valid && validator.errorCount === 0) {
						years.add(valid.year);
						pending.push(valid);
						if (pending.length >= BATCH) await flush();
					}
				}
				for (const issue of batch.issues) validator?.report(issue);
				if (validator?.errorCount) pending = [];
			}
			if (!validator) {
				throw new Rollback(fail('the file is empty; download a template, fill it in and upload it again'));
			}
			await flush();
			await inFlight;
			if (validator.errorCount) {
				throw new Rollback({
					ok: false,
					errors: validator.errors,
					errorCount: validator.errorCount,
					warnings
				});
			}
			if (stored === 0)
				throw new Rollback(fail('the file has a header but no data rows; add one row per respondent'));
			const summary: ImportSummary = {
				submissionId: options.dryRun ? null : submissionId,
				fileName: options.fileName,
				template: validator.template,
				encoding: reader.encoding(),
				sha256: reader.sha256(),
				years: [...years].sort(),
				rows: stored,
				new: stored - superseded,
				superseded,
				dryRun: Boolean(options.dryRun)
			};
			await submissions.complete(trx, submissionId, {
				sha256: summary.sha256,
				encoding: summary.encoding,
				template: summary.template,
				answer_columns: JSON.stringify(answerColumnNames(TEMPLATES[summary.template])),
				years: summary.years.join(','),
				row_count: summary.rows,
				new_count: summary.new,
				superseded_count: summary.superseded
			});
			await submissions.audit(trx, {
				actor: options.submittedBy,
				action: superseded ? 'import+supersede' : 'import',
				submission_id: submissionId,
				detail: { file: options.fileName, sha256: summary.sha256, rows: stored, new: summary.new, superseded }
			});
			if (options.dryRun) throw new Rollback({ ok: true, summary, warnings });
			// Committed by returning; the result is built outside.
			committed = { ok: true, summary, warnings };
		});
		return committed!;
	} catch (e) {
		if (e instanceof Rollback) return e.result;
		if (e instanceof FileRejected) return fail(e.issue.message);
		throw e;
	} finally {
		endTurn();
		await reader.batches.return(undefined);
	}
}
function fail(message: string): ImportResult {
	return {
		ok: false,
		errors: [{ row: null, column: null, value: null, message }],
		errorCount: 1,
		warnings: []
	};
}
