/**
 * One submission as its page shows it (routes/submissions/[id], docs/security.md, Review): what
 * review-queue-service.ts `submissionDetail` gives — its state, rows and the moves the caller may
 * make — with its story from the audit log (stored, approved, returned, reopened: who, when, the
 * comment) and the preview the unit saw before it confirmed the file.
 */
import type { SubmissionPreview } from '../views/submission-preview.ts';
import type { Principal } from './auth/permissions.ts';
import type { HimapDatabase } from './db/connect.ts';
import { linesOfSubmission, stagedOutcomeOf } from './db/submission-trail.repository.ts';
import { submissionDetail, type SubmissionDetail } from './review-queue-service.ts';

/** One step of a submission's story. */
export interface TrailStep {
	at: string;
	actor: string;
	/** The audit action: `import`, `import+supersede`, `submission.approve`, `submission.return`, `submission.reopen`. */
	action: string;
	comment: string | null;
	before: string | null;
	after: string | null;
}

export interface SubmissionRecord extends SubmissionDetail {
	trail: TrailStep[];
	/** The preview the unit saw before confirming (a file sent through the API has none). */
	preview: SubmissionPreview | null;
}

/** Submission `id` as the caller may see it, or null when it does not exist or lies outside the caller's region. */
export async function submissionRecord(
	database: HimapDatabase,
	caller: Principal,
	id: number
): Promise<SubmissionRecord | null> {
	const detail = await submissionDetail(database, caller, id);
	if (!detail) return null;
	const lines = await linesOfSubmission(database.db, id);
	const trail = lines.map((l) => ({
		at: l.at,
		actor: l.actor,
		action: l.action,
		comment: stringField(l.detail, 'comment'),
		before: stringField(l.value_before, 'status'),
		after: stringField(l.value_after, 'status')
	}));
	return { ...detail, trail, preview: previewOf(await stagedOutcomeOf(database.db, id)) };
}

/** A text field of a JSON object stored as text; null when absent or unreadable. */
function stringField(json: string | null, field: string): string | null {
	const value = parseObject(json)?.[field];
	return typeof value === 'string' ? value : null;
}

const previewOf = (outcome: string | null) =>
	(parseObject(outcome)?.preview as SubmissionPreview | undefined) ?? null;

function parseObject(json: string | null): Record<string, unknown> | null {
	if (!json) return null;
	try {
		const value: unknown = JSON.parse(json);
		return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
	} catch {
		return null;
	}
}
