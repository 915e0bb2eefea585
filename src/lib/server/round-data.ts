/**
 * A round's current responses read in one pass, inside one snapshot: the indicator columns that
 * scoring, the audit and the rank simulation start from, and the yes/no tallies of the `rates`
 * table, by respondent group and by province.
 */
import { RateTally, type RateRow } from '../analysis/rates.ts';
import { ColumnsBuilder, type GroupColumns } from '../scoring/columns.ts';
import type { Framework } from '../scoring/framework.ts';
import type { RespondentGroup, TemplateId } from '../survey/templates.ts';
import { decodeAnswers } from '../survey/answers-codec.ts';
import { roundSource, type RoundSource } from './db/round-source.ts';
import type { Snapshot } from './db/snapshot.ts';
import { answerColumnsById } from './db/submissions.repository.ts';

export interface RoundData {
	/** The round's newest response and review change when read: the run's source. */
	source: RoundSource;
	columns: GroupColumns[];
	rates: RateRow[];
	provinceRates: RateRow[];
}

export async function readRoundData(
	snapshot: Snapshot,
	year: number,
	framework: Framework
): Promise<RoundData> {
	const source = await roundSource(snapshot.db, year);
	const answerColumns = await answerColumnsById(snapshot.db);
	const builder = new ColumnsBuilder(framework);
	const byGroup = new RateTally();
	const byProvince = new RateTally();
	const provinces = new Set<string>();
	const rows = snapshot.db
		.selectFrom('responses')
		.select(['id', 'submission_id', 'survey', 'respondent_group', 'region_code', 'province_code', 'answers'])
		.where('year', '=', year)
		.where('superseded_by', 'is', null)
		// Scores and rates are of approved data only; what waits for review is not yet a figure.
		.where('submission_id', 'in', (eb) =>
			eb.selectFrom('submissions').select('id').where('status', '=', 'approved')
		)
		.orderBy('id');
	for await (const batch of snapshot.batches(rows)) {
		for (const r of batch) {
			const answers = decodeAnswers(r.answers, answerColumns.get(r.submission_id)!);
			const survey = r.survey as TemplateId;
			builder.add(r.id, r.region_code, r.respondent_group as RespondentGroup, answers);
			byGroup.add({ year, survey, group: r.respondent_group, answers });
			byProvince.add({ year, survey, group: r.province_code, answers });
			provinces.add(r.province_code);
		}
	}
	const codes = [...provinces].sort();
	return {
		source,
		columns: builder.build(),
		rates: byGroup.rows(),
		provinceRates: byProvince.rows({ regional: codes, hospital: codes })
	};
}
