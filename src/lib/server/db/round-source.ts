/**
 * What a round's run is computed from: its newest response and its newest review change. Scoring
 * reads approved data only (docs/security.md, Review), so an approval — which adds no response —
 * must make the run stale as surely as an import does; a run records both and is current while
 * both are unchanged.
 */
import type { Kysely, Transaction } from 'kysely';
import { newestResponseId } from './responses.repository.ts';
import type { Database, ScoreRun } from './schema.ts';
import { ofYear } from './submissions.repository.ts';

export interface RoundSource {
	newest: number;
	reviewSeq: number;
}

export async function roundSource(
	db: Kysely<Database> | Transaction<Database>,
	year: number
): Promise<RoundSource> {
	const row = await ofYear(db.selectFrom('submissions'), year)
		.select((eb) => eb.fn.max('review_seq').as('seq'))
		.executeTakeFirst();
	return { newest: await newestResponseId(db, year), reviewSeq: Number(row?.seq ?? 0) };
}

export const isFromSource = (
	run: Pick<ScoreRun, 'source_max_response_id' | 'source_review_seq'>,
	source: RoundSource
) => run.source_max_response_id === source.newest && run.source_review_seq === source.reviewSeq;
