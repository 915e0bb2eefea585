/**
 * Imports a survey file: whole or not at all. Records stream from the file through the validator
 * into one transaction (file-import.ts); the first error stops the writing (validation goes on,
 * so every error is reported in one pass) and the transaction is rolled back. A dry run is the
 * same import, rolled back at the end, so its counts of new and superseded respondents are exact.
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import type { IssueGroup } from '../survey/issue-groups.ts';
import type { SurveyIssue } from '../survey/issues.ts';
import type { TemplateId } from '../survey/templates.ts';
import type { HimapDatabase } from './db/connect.ts';
import { lockImports, writerTurn } from './db/dialect.ts';
import { classifyFailure } from './db/failure.ts';
import * as submissions from './db/submissions.repository.ts';
import { FileImport } from './file-import.ts';
import type { ImportObserver } from './import-observer.ts';
import { FileRejected } from './survey-file.ts';
import { readSurveyUpload } from './survey-upload.ts';

export interface ImportOptions {
	fileName: string;
	submittedBy: string;
	template?: TemplateId;
	dryRun?: boolean;
	/** Let a resubmission change a respondent's region or level (each move goes into the audit log). */
	allowMove?: boolean;
	/**
	 * `submitted` waits for a reviewer and may not replace approved data (docs/security.md,
	 * Review); `approved`, the default, is the operator's `himap import`, which counts at once.
	 */
	status?: 'submitted' | 'approved';
	/**
	 * Whether the caller may submit each row's region into its round (auth/permissions.ts
	 * `maySubmit`): the first row refused ends the import, storing nothing. Left out by the
	 * operator's `himap import`, which rounds and regions do not limit.
	 */
	admit?: (row: { regionCode: string; year: number }) => ImportRefusal | null;
	/** Told the records read so far after each batch (a page shows the count); keep it cheap. */
	onProgress?: (rows: number) => void;
	/** Watches each batch as it is stored (the preview, server/preview/); costs nothing when absent. */
	observe?: ImportObserver;
}

/** Why a caller may not submit a row: 403 for a region outside its own, 409 for a round not open. */
export interface ImportRefusal {
	status: 403 | 409;
	reason: string;
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
	/** Respondents whose region or level changed (only with allowMove). */
	moved: number;
	dryRun: boolean;
}

/** The first warnings (capped like errors) and how many there were. */
interface Warned {
	warnings: SurveyIssue[];
	warningCount: number;
}

export type ImportResult =
	| ({ ok: true; summary: ImportSummary } & Warned)
	| ({
			ok: false;
			/** The first 200 errors, in the order of the file (what the command line prints). */
			errors: SurveyIssue[];
			errorCount: number;
			/** Every error, repeats of one mistake as one group (survey/issue-groups.ts). */
			groups: IssueGroup[];
			refused?: ImportRefusal;
	  } & Warned);

/**
 * The connection was lost while the transaction was committing: the file may or may not have been
 * stored, and only looking can tell (`himap export submissions`).
 */
export class ImportOutcomeUnknown extends Error {
	constructor(readonly cause: unknown) {
		super(
			`${(cause as Error).message}; the import was being committed, so it may or may not have been stored — check with himap export submissions`,
			{ cause }
		);
	}
}

/** Small reads keep each parsed chunk short-lived, so V8 frees it young instead of growing the heap. */
const READ_CHUNK = 64 * 1024;

/** Ends the transaction without storing anything: a dry run, or a file with errors. */
class Rollback extends Error {
	constructor() {
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

export function importSurveyStream(database: HimapDatabase, source: Readable, options: ImportOptions) {
	return importSurvey(database, source, options);
}

export function importSurveyBytes(database: HimapDatabase, bytes: Uint8Array, options: ImportOptions) {
	return importSurvey(database, Readable.from(slices(bytes, READ_CHUNK)), options);
}

function* slices(bytes: Uint8Array, size: number) {
	for (let i = 0; i < bytes.length; i += size)
		yield Buffer.from(bytes.buffer, bytes.byteOffset + i, Math.min(size, bytes.length - i));
}

async function importSurvey(
	database: HimapDatabase,
	source: Readable,
	options: ImportOptions
): Promise<ImportResult> {
	const endTurn = await writerTurn(database);
	const reader = readSurveyUpload(source);
	let result: ImportResult | undefined;
	let committing = false;
	try {
		await database.db.transaction().execute(async (trx) => {
			await lockImports(trx, database.dialect);
			const file = new FileImport(
				trx,
				database,
				options,
				await submissions.create(trx, newSubmission(options))
			);
			try {
				let read = 0;
				for await (const batch of reader.batches) {
					if (!(await file.records(batch))) break;
					read += batch.records.length;
					options.onProgress?.(read);
				}
			} catch (e) {
				if (!(e instanceof FileRejected)) throw e;
				file.rejected(e);
			}
			result = await file.finish(reader.encoding(), reader.sha256());
			if (!result.ok || options.dryRun) throw new Rollback();
			committing = true;
		});
		return result!;
	} catch (e) {
		if (e instanceof Rollback) return result!;
		// A commit cut off by a lost connection may or may not have been applied on the server.
		if (committing && classifyFailure(e)?.kind === 'connection-lost') throw new ImportOutcomeUnknown(e);
		throw e;
	} finally {
		endTurn();
		await reader.batches.return(undefined);
	}
}

const newSubmission = (options: ImportOptions) => ({
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
	submitted_by: options.submittedBy,
	region_code: null,
	status: options.status ?? 'approved'
});
