/**
 * Loads the synthetic demo dataset: the generator's files, encoded as a clerk's Excel would save
 * them, imported through the same path as any user's file, and its rounds published so that the
 * dashboard shows them. Files already loaded (same SHA-256) are skipped, so seeding twice changes
 * nothing.
 */
import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';
import { generateDemoFiles } from '../demo/generate.ts';
import type { HimapDatabase } from './db/connect.ts';
import { roundYears } from './db/responses.repository.ts';
import * as submissions from './db/submissions.repository.ts';
import { importSurveyBytes, type ImportSummary } from './import-service.ts';
import { REGION_RECORDS } from './region-reference.ts';
import { changeRound, roundStateOf } from './round-state-service.ts';

export interface SeedOutcome {
	fileName: string;
	skipped: boolean;
	summary?: ImportSummary;
}

export async function seedDemo(database: HimapDatabase): Promise<SeedOutcome[]> {
	const outcomes: SeedOutcome[] = [];
	for (const file of generateDemoFiles(REGION_RECORDS)) {
		const bytes =
			file.encoding === 'gb18030' ? iconv.encode(file.text, 'gb18030') : Buffer.from(file.text, 'utf8');
		const sha = createHash('sha256').update(bytes).digest('hex');
		if (await submissions.findBySha(database.db, sha)) {
			outcomes.push({ fileName: file.fileName, skipped: true });
			continue;
		}
		const result = await importSurveyBytes(database, bytes, { fileName: file.fileName, submittedBy: 'demo' });
		if (!result.ok) {
			const first = result.errors[0];
			throw new Error(
				`demo file ${file.fileName} failed validation (${result.errorCount} errors), first: row ${first.row}, column ${first.column}: ${first.message}`
			);
		}
		outcomes.push({ fileName: file.fileName, skipped: false, summary: result.summary });
	}
	const states = await roundStateOf(database);
	for (const year of await roundYears(database.db))
		if (!states.has(year)) await changeRound(database, year, 'publish', 'demo');
	return outcomes;
}
