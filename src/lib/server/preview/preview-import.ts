/**
 * A preview of an import (issue #13): the real import, run dry with a PreviewCollector watching,
 * so what is previewed is exactly what confirming would store. The staging of uploads and the
 * `dryRun` of the submissions API call this instead of a plain dry run.
 */
import type { Readable } from 'node:stream';
import type { SubmissionPreview } from '../../views/submission-preview.ts';
import type { HimapDatabase } from '../db/connect.ts';
import { importSurveyStream, type ImportOptions, type ImportResult } from '../import-service.ts';
import { PreviewCollector } from './collector.ts';

export interface PreviewOutcome {
	result: ImportResult;
	/** Null when the file has errors (the result lists them). */
	preview: SubmissionPreview | null;
}

/** `makeStream` opens the file (a staged upload's path, an uploaded body): called once. */
export async function previewImport(
	database: HimapDatabase,
	makeStream: () => Readable,
	options: Omit<ImportOptions, 'dryRun' | 'observe'>
): Promise<PreviewOutcome> {
	const collector = new PreviewCollector();
	const result = await importSurveyStream(database, makeStream(), {
		...options,
		dryRun: true,
		observe: collector
	});
	return { result, preview: result.ok ? collector.result() : null };
}
