/** Export tables of the survey data itself: rates, submissions, responses, codebook. */
import { DERIVED } from '../../scoring/derive.ts';
import { indicatorsOf } from '../../scoring/framework.ts';
import { answerColumnNames, TEMPLATES, type TemplateId } from '../../survey/templates.ts';
import { decodeAnswers } from '../../survey/validator.ts';
import { DEFAULT_FRAMEWORK } from '../framework-store.ts';
import { perRound, type ExportTable, type Row } from './table.ts';

/** Yes/no rates by respondent group: counted when the round was scored, stored with its default run. */
export const rates: ExportTable = {
	columns: ['year', 'survey', 'group', 'indicator', 'numerator', 'denominator', 'percent'],
	// The contract gives percent one decimal: 100.0, not 100.
	csv: { percent: (v) => (typeof v === 'number' ? v.toFixed(1) : v) },
	numberFormats: { percent: '0.0' },
	runs: 'default',
	rows: ({ rounds }) => perRound(rounds, ({ results }) => (results.rates ?? []) as unknown as Row[])
};

export const submissions: ExportTable = {
	columns: [
		'id',
		'file_name',
		'sha256',
		'encoding',
		'template',
		'years',
		'row_count',
		'new_count',
		'superseded_count',
		'submitted_at',
		'submitted_by'
	],
	runs: 'none',
	async *rows({ database, snapshot, years }) {
		const all = await snapshot.all(database.db.selectFrom('submissions').selectAll().orderBy('id'));
		// `years` is a comma list: match whole entries.
		yield all.filter((s) => s.years.split(',').some((y) => years.includes(Number(y)))) as unknown as Row[];
	}
};

/**
 * Tidy raw values, one row per respondent × indicator: every stored answer (`source` answer) and
 * every derived indicator of the framework (`source` derived), so a researcher can rebuild the
 * index from this table and the codebook alone.
 */
export const responses: ExportTable = {
	columns: [
		'year',
		'respondent_id',
		'survey',
		'group',
		'region_code',
		'province_code',
		'indicator',
		'value',
		'source'
	],
	runs: 'none',
	async *rows({ database, snapshot, years }) {
		if (years.length === 0) return;
		const { db } = database;
		const columnsOf = new Map(
			(await snapshot.all(db.selectFrom('submissions').select(['id', 'answer_columns']))).map((s) => [
				s.id,
				JSON.parse(s.answer_columns) as string[]
			])
		);
		const query = db
			.selectFrom('responses')
			.select([
				'year',
				'respondent_id',
				'survey',
				'respondent_group',
				'region_code',
				'province_code',
				'submission_id',
				'answers'
			])
			.where('superseded_by', 'is', null)
			.where('year', 'in', years)
			.orderBy('year')
			.orderBy('survey')
			.orderBy('respondent_id');
		for await (const batch of snapshot.batches(query)) {
			const out: Row[] = [];
			for (const r of batch) {
				const answers = decodeAnswers(r.answers, columnsOf.get(r.submission_id)!);
				const base = {
					year: r.year,
					respondent_id: r.respondent_id,
					survey: r.survey,
					group: r.respondent_group,
					region_code: r.region_code,
					province_code: r.province_code
				};
				for (const indicator in answers)
					out.push({ ...base, indicator, value: answers[indicator], source: 'answer' });
				for (const indicator in DERIVED) {
					const value = DERIVED[indicator](answers);
					if (value !== undefined) out.push({ ...base, indicator, value, source: 'derived' });
				}
			}
			yield out;
		}
	},
	// Every respondent has each required answer; at most every answer and every derived indicator.
	async size({ database, snapshot, years }) {
		if (years.length === 0) return { min: 0, max: 0, exact: async () => 0 };
		const counts = await snapshot.all(
			database.db
				.selectFrom('responses')
				.select(['survey', (eb) => eb.fn.countAll<number>().as('n')])
				.where('superseded_by', 'is', null)
				.where('year', 'in', years)
				.groupBy('survey')
		);
		let min = 0;
		let max = 0;
		for (const { survey, n } of counts) {
			const template = TEMPLATES[survey as TemplateId];
			const required = template.columns.filter((c) => c.required && c.role === 'answer').length;
			min += Number(n) * required;
			max += Number(n) * (answerColumnNames(template).length + Object.keys(DERIVED).length);
		}
		return {
			min,
			max,
			exact: async () => {
				let rows = 0;
				for await (const batch of responses.rows({ database, snapshot, years, rounds: [] }))
					rows += batch.length;
				return rows;
			}
		};
	}
};

/** One row per indicator × respondent group it applies to: everything needed to recompute a score. */
export const codebook: ExportTable = {
	columns: [
		'indicator',
		'name_zh',
		'name_en',
		'dimension',
		'dimension_weight',
		'pillar',
		'pillar_zh',
		'pillar_en',
		'pillar_weight',
		'component',
		'component_en',
		'unit',
		'direction',
		'kind',
		'group',
		'goalpost_lower',
		'goalpost_upper',
		'weight',
		'derived',
		'note',
		'coverage_threshold',
		'framework_id',
		'framework_version',
		'group_weight',
		'stage_minimums'
	],
	runs: 'none',
	async *rows() {
		yield codebookRows();
	}
};

/** The codebook of the default framework. */
export function codebookRows(): Row[] {
	const f = DEFAULT_FRAMEWORK;
	return indicatorsOf(f).flatMap(({ indicator: i, dimension: d, pillar: p }) =>
		Object.entries(i.goalposts).map(([group, posts]) => ({
			indicator: i.id,
			name_zh: i.name.zh,
			name_en: i.name.en,
			dimension: d.id,
			dimension_weight: d.weight,
			pillar: p.id,
			pillar_zh: p.name.zh,
			pillar_en: p.name.en,
			pillar_weight: p.weight,
			component: i.component,
			component_en: f.components[i.component].en,
			unit: i.unit,
			direction: i.direction,
			kind: i.kind,
			group,
			goalpost_lower: posts![0],
			goalpost_upper: posts![1],
			weight: i.weight,
			derived: i.derived ?? '',
			note: i.note ?? '',
			coverage_threshold: f.coverageThreshold,
			framework_id: f.id,
			framework_version: f.version,
			group_weight: f.rollup.groupWeights[group as keyof typeof f.rollup.groupWeights],
			// Stage n starts at this composite: "1:0 2:20 …".
			stage_minimums: f.stages.map((s) => `${s.stage}:${s.min}`).join(' ')
		}))
	);
}
