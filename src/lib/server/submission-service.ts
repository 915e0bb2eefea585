/**
 * Submissions through the HTTP API (docs/contracts.md, HTTP API): a survey file imported on the
 * caller's behalf, row by row admitted only where it may submit (auth/permissions.ts), and the
 * submissions a caller may see. The import itself is the CLI's (import-service.ts).
 */
import type { Readable } from 'node:stream';
import { maySubmit, submissionScope, type Principal } from './auth/permissions.ts';
import type { HimapDatabase } from './db/connect.ts';
import * as submissions from './db/submissions.repository.ts';
import type { Submission } from './db/schema.ts';
import { importSurveyStream, type ImportRefusal, type ImportResult } from './import-service.ts';
import { previewImport } from './preview/preview-import.ts';
import { REGIONS } from './region-reference.ts';
import { roundStateOf } from './round-state-service.ts';
import { scopePrefix } from '../survey/region-cover.ts';
import type { SubmissionPreview } from '../views/submission-preview.ts';

export async function submitSurvey(
	database: HimapDatabase,
	caller: Principal,
	file: Readable,
	options: { fileName: string; dryRun: boolean; onProgress?: (rows: number) => void }
): Promise<ImportResult & { preview?: SubmissionPreview | null }> {
	const states = await roundStateOf(database);
	// Files hold one region or a few thousand, in one or two rounds: decide each pair once.
	const decided = new Map<string, ImportRefusal | null>();
	const admit = ({ regionCode, year }: { regionCode: string; year: number }) => {
		const key = `${regionCode}:${year}`;
		if (!decided.has(key)) {
			const d = maySubmit(caller, [regionCode], year, states.get(year) ?? null, REGIONS);
			decided.set(key, d.allowed ? null : { status: d.status as ImportRefusal['status'], reason: d.reason });
		}
		return decided.get(key)!;
	};
	const importOptions = {
		fileName: options.fileName,
		submittedBy: caller.login,
		status: 'submitted' as const,
		onProgress: options.onProgress,
		admit
	};
	// A dry run is a preview: what storing the file would change (server/preview/).
	if (options.dryRun) {
		const { result, preview } = await previewImport(database, () => file, importOptions);
		return { ...result, preview };
	}
	return importSurveyStream(database, file, importOptions);
}

export type SubmissionListing = Omit<Submission, 'answer_columns'>;

/** The submissions inside the caller's region (every one for an admin), oldest first, optionally of one round. */
export async function visibleSubmissions(
	database: HimapDatabase,
	caller: Principal,
	year?: number
): Promise<SubmissionListing[]> {
	const rows = await submissions.list(database.db, year, scopePrefix(submissionScope(caller)));
	return rows.map(({ answer_columns: _, ...row }) => row);
}
