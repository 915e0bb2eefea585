/**
 * The respondents of a stored score run, a batch at a time, with their raw indicator values
 * made into normalised values and pillar scores by what the run stored (scoring/
 * respondent-transform.ts): what the `normalised` and `pillars` tables are written from. Nothing
 * is scored again and memory holds one batch, whatever the size of the round.
 */
import type { Kysely } from 'kysely';
import type { Cell } from '../../exports/csv-format.ts';
import { methodKey } from '../../scoring/method.ts';
import {
	groupTransforms,
	transformRespondent,
	type GroupTransform,
	type TransformedValues
} from '../../scoring/respondent-transform.ts';
import type { ScoringReport } from '../../scoring/score.ts';
import { decodeAnswers } from '../../survey/answers-codec.ts';
import type { RespondentGroup } from '../../survey/templates.ts';
import { runTransforms } from '../db/runs.repository.ts';
import type { Database } from '../db/schema.ts';
import { answerColumnsById } from '../db/submissions.repository.ts';
import type { StoredRound } from '../index-service.ts';
import type { ExportSource } from './table.ts';

export const IDENTITY = ['year', 'respondent_id', 'survey', 'group', 'region_code', 'province_code'] as const;
export const PROVENANCE = ['framework_id', 'framework_version', 'method'] as const;

export interface TransformedRespondent extends TransformedValues {
	/** The IDENTITY cells, in column order. */
	identity: Cell[];
	/** The PROVENANCE cells of its run. */
	provenance: Cell[];
	transform: GroupTransform;
}

/** Each round's scored respondents (flagged ones too), ordered as the `respondents` table orders them. */
export async function* transformedRespondents(source: ExportSource): AsyncGenerator<TransformedRespondent[]> {
	const { snapshot, rounds } = source;
	if (rounds.length === 0) return;
	const columnsOf = await answerColumnsById(snapshot.db);
	for (const round of rounds) {
		const transformOf = await runTransformOf(source, round);
		const provenance = [round.framework.id, round.framework.version, methodKey(round.method)];
		const query = scoredResponses(snapshot.db, round.run.id).select([
			'r.year',
			'r.respondent_id',
			'r.survey',
			's.respondent_group',
			's.region_code',
			'r.province_code',
			'r.submission_id',
			'r.answers'
		]);
		// Small batches, as the `responses` table reads: each respondent makes ~17 rows.
		for await (const batch of snapshot.batches(query, 200))
			yield batch.map((r) => {
				const transform = transformOf(r.respondent_group as RespondentGroup);
				const answers = decodeAnswers(r.answers, columnsOf.get(r.submission_id)!);
				return {
					identity: [r.year, r.respondent_id, r.survey, r.respondent_group, r.region_code, r.province_code],
					provenance,
					transform,
					...transformRespondent(transform, answers)
				};
			});
	}
}

/** The responses a run scored with their scores, in the `respondents` table's order. */
export function scoredResponses(db: Kysely<Database>, runId: number) {
	return db
		.selectFrom('scores as s')
		.innerJoin('responses as r', 'r.id', 's.response_id')
		.where('s.run_id', '=', runId)
		.orderBy('r.survey', 'desc')
		.orderBy('r.respondent_id');
}

async function runTransformOf(source: ExportSource, round: StoredRound) {
	const transforms = await runTransforms(source.snapshot.db, round.run.id);
	const report = JSON.parse(round.run.report) as ScoringReport;
	return groupTransforms(round.framework, round.method.aggregate, transforms, report.weights);
}

/** Scored respondents per group of each round, for a table's size. */
export async function respondentsByGroup(
	source: ExportSource
): Promise<{ round: StoredRound; group: RespondentGroup; n: number }[]> {
	const out: { round: StoredRound; group: RespondentGroup; n: number }[] = [];
	for (const round of source.rounds) {
		const counts = await source.snapshot.db
			.selectFrom('scores')
			.select(['respondent_group', (eb) => eb.fn.countAll<number>().as('n')])
			.where('run_id', '=', round.run.id)
			.groupBy('respondent_group')
			.execute();
		for (const c of counts) out.push({ round, group: c.respondent_group as RespondentGroup, n: Number(c.n) });
	}
	return out;
}
