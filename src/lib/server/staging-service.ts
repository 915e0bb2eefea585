/**
 * The browser's way to submit (issue #13): a file is saved to the staging directory, checked with
 * the caller's own admit rules (a dry run of the very import the API runs), and its outcome kept
 * for an hour under a random id. Confirming imports the same file for real — unless the data the
 * check saw has changed since, in which case the file is checked again and the clerk asked again,
 * so what is stored is always what was last shown. Cancelling throws the file away.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { maySubmitAtAll, type Principal } from './auth/permissions.ts';
import type { HimapDatabase } from './db/connect.ts';
import * as staged from './db/staged-uploads.repository.ts';
import type { ImportResult } from './import-service.ts';
import {
	ensureDirectory,
	removeFile,
	removeStrays,
	saveFile,
	stagedPath,
	stagingDirectory
} from './staging-store.ts';
import { submitSurvey } from './submission-service.ts';
import type { SubmissionPreview } from '../views/submission-preview.ts';

/** How long a checked file waits for its confirmation. */
export const STAGED_LIFETIME_MS = 60 * 60 * 1000;

/**
 * What the page shows of a check: the dry run's result, and for a file without errors the
 * preview of the changes it would make (server/preview/).
 */
export type StagedOutcome = ImportResult & { preview?: SubmissionPreview | null };

export interface StagedUpload {
	id: string;
	fileName: string;
	size: number;
	sha256: string;
	createdAt: string;
	expiresAt: string;
	state: 'checked' | 'confirmed' | 'cancelled' | 'confirming';
	outcome: StagedOutcome;
	submissionId: number | null;
}

export class StagingRefused extends Error {}

export interface StagingOptions {
	/** Told the records checked so far (per batch of the import). */
	onProgress?: (rows: number) => void;
	now?: () => Date;
	env?: Record<string, string | undefined>;
}

const view = (row: staged.StagedRow): StagedUpload => ({
	id: row.id,
	fileName: row.file_name,
	size: row.size,
	sha256: row.sha256,
	createdAt: row.created_at,
	expiresAt: row.expires_at,
	state: row.state as StagedUpload['state'],
	outcome: JSON.parse(row.outcome) as StagedOutcome,
	submissionId: row.submission_id
});

const directory = (database: HimapDatabase, options: StagingOptions) =>
	ensureDirectory(stagingDirectory(database, options.env));

/** Removes expired uploads and their files; at server start also files no upload names. */
export async function sweepStaged(
	database: HimapDatabase,
	options: StagingOptions & { strays?: boolean } = {}
): Promise<void> {
	const dir = directory(database, options);
	const now = (options.now?.() ?? new Date()).toISOString();
	const gone = await staged.deleteExpired(database.db, now);
	await Promise.all(gone.map((id) => removeFile(stagedPath(dir, id))));
	if (options.strays) {
		const left = await database.db.selectFrom('staged_uploads').select('id').execute();
		await removeStrays(dir, new Set(left.map((r) => r.id)));
	}
}

/** The dry run of a staged file, with the caller's admit rules. */
async function check(
	database: HimapDatabase,
	caller: Principal,
	path: string,
	fileName: string,
	options: StagingOptions
) {
	// A dry run through submitSurvey is a preview: `preview` comes with the result.
	const result = await submitSurvey(database, caller, createReadStream(path, { highWaterMark: 64 * 1024 }), {
		fileName,
		dryRun: true,
		onProgress: options.onProgress
	});
	return result as StagedOutcome;
}

/** An upload saved to the staging directory, not yet checked. */
export interface ReceivedUpload {
	id: string;
	path: string;
	fileName: string;
	size: number;
	sha256: string;
}

/** Saves an upload to its staging file. Throws the upload's own errors (UploadTooLarge), leaving no file. */
export async function receiveUpload(
	database: HimapDatabase,
	caller: Principal,
	upload: { fileName: string; file: Readable },
	options: StagingOptions = {}
): Promise<ReceivedUpload> {
	const role = maySubmitAtAll(caller);
	if (!role.allowed) throw new StagingRefused(role.reason);
	await sweepStaged(database, options);
	const id = randomBytes(16).toString('hex');
	const path = stagedPath(directory(database, options), id);
	const saved = await saveFile(upload.file, path);
	return { id, path, fileName: upload.fileName, ...saved };
}

/** Checks a saved upload and keeps the outcome: the staged upload. */
export async function checkReceived(
	database: HimapDatabase,
	caller: Principal,
	received: ReceivedUpload,
	options: StagingOptions = {}
): Promise<StagedUpload> {
	const { id, path } = received;
	try {
		const version = await staged.sourceVersion(database.db);
		const outcome = await check(database, caller, path, received.fileName, options);
		const now = options.now?.() ?? new Date();
		const row: staged.StagedRow = {
			id,
			login: caller.login,
			file_name: received.fileName,
			size: received.size,
			sha256: received.sha256,
			created_at: now.toISOString(),
			expires_at: new Date(now.getTime() + STAGED_LIFETIME_MS).toISOString(),
			state: 'checked',
			source_version: version,
			outcome: JSON.stringify(outcome),
			submission_id: null
		};
		await staged.insertStaged(database.db, row);
		// A file with errors cannot be confirmed, but stays until it expires: the clerk's own
		// workbook with the bad cells marked is made from it (error-workbook.ts).
		return view(row);
	} catch (e) {
		await removeFile(path);
		throw e;
	}
}

/** Saves and checks an upload (receiveUpload, then checkReceived). */
export async function stageUpload(
	database: HimapDatabase,
	caller: Principal,
	upload: { fileName: string; file: Readable },
	options: StagingOptions = {}
): Promise<StagedUpload> {
	return checkReceived(database, caller, await receiveUpload(database, caller, upload, options), options);
}

/** The caller's own staged upload, unexpired; null for any other (unknown, expired, or someone else's). */
export async function stagedFor(
	database: HimapDatabase,
	caller: Principal,
	id: string,
	now = new Date()
): Promise<StagedUpload | null> {
	if (!/^[0-9a-f]{32}$/.test(id)) return null;
	const row = await staged.findStaged(database.db, id);
	if (!row || row.login !== caller.login || row.expires_at <= now.toISOString()) return null;
	return view(row);
}

export type Confirmation =
	| { kind: 'stored'; submissionId: number }
	| { kind: 'rechecked'; upload: StagedUpload }
	| { kind: 'not-confirmable'; upload: StagedUpload }
	| { kind: 'gone' };

/**
 * Imports a checked file for real, once: the same file, the same import, with dryRun false. If the
 * data the check saw has changed (sourceVersion), the file is checked again instead and nothing stored.
 */
export async function confirmStaged(
	database: HimapDatabase,
	caller: Principal,
	id: string,
	options: StagingOptions = {}
): Promise<Confirmation> {
	const upload = await stagedFor(database, caller, id, options.now?.());
	if (!upload) return { kind: 'gone' };
	if (upload.state !== 'checked' || !upload.outcome.ok) return { kind: 'not-confirmable', upload };
	// Two confirmations of the same file (a double click, two tabs): only the first goes on.
	if (!(await staged.moveStaged(database.db, id, 'checked', 'confirming')))
		return { kind: 'not-confirmable', upload: (await stagedFor(database, caller, id)) ?? upload };
	const path = stagedPath(directory(database, options), id);
	try {
		const row = (await staged.findStaged(database.db, id))!;
		const version = await staged.sourceVersion(database.db);
		if (version !== row.source_version) {
			const outcome = await check(database, caller, path, upload.fileName, options);
			await staged.updateStaged(database.db, id, {
				state: 'checked',
				source_version: version,
				outcome: JSON.stringify(outcome)
			});
			if (!outcome.ok) await removeFile(path);
			return {
				kind: 'rechecked',
				upload: view({ ...row, state: 'checked', source_version: version, outcome: JSON.stringify(outcome) })
			};
		}
		const result = await submitSurvey(database, caller, createReadStream(path), {
			fileName: upload.fileName,
			dryRun: false
		});
		if (!result.ok) {
			// Changed under the check after all (a race with another import): report it as a new check.
			await staged.updateStaged(database.db, id, { state: 'checked', outcome: JSON.stringify(result) });
			await removeFile(path);
			return {
				kind: 'rechecked',
				upload: view({ ...row, state: 'checked', outcome: JSON.stringify(result) })
			};
		}
		const submissionId = result.summary.submissionId!;
		await staged.updateStaged(database.db, id, { state: 'confirmed', submission_id: submissionId });
		await removeFile(path);
		return { kind: 'stored', submissionId };
	} catch (e) {
		await staged.moveStaged(database.db, id, 'confirming', 'checked').catch(() => {});
		throw e;
	}
}

/** Throws a checked file away; false when there is nothing of the caller's to cancel. */
export async function cancelStaged(
	database: HimapDatabase,
	caller: Principal,
	id: string,
	options: StagingOptions = {}
): Promise<boolean> {
	const upload = await stagedFor(database, caller, id, options.now?.());
	if (!upload || !(await staged.moveStaged(database.db, id, 'checked', 'cancelled'))) return false;
	await removeFile(stagedPath(directory(database, options), id));
	return true;
}
