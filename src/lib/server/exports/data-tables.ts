/** Export tables read from the stored survey data: rates, submissions, responses, codebook. */
import { computeRates } from '../../analysis/rates.ts';
import { DERIVED } from '../../scoring/derive.ts';
import { indicatorsOf } from '../../scoring/framework.ts';
import type { TemplateId } from '../../survey/templates.ts';
import * as responsesRepo from '../db/responses.repository.ts';
import * as submissionsRepo from '../db/submissions.repository.ts';
import { DEFAULT_FRAMEWORK } from '../framework-store.ts';
import type { DataTable, Row } from './table.ts';

export const rates: DataTable = {
	columns: ['year', 'survey', 'group', 'indicator', 'numerator', 'denominator', 'percent'],
	// The contract gives percent one decimal: 100.0, not 100.
	csv: { percent: (v) => (typeof v === 'number' ? v.toFixed(1) : v) },
	numberFormats: { percent: '0.0' },
	async load({ db }, { year }) {
		const rows = await responsesRepo.currentResponses(db, year);
		return computeRates(
			rows.map((r) => ({
				year: r.year,
				survey: r.survey as TemplateId,
				group: r.respondent_group,
				answers: r.answers
			}))
		) as unknown as Row[];
	}
};

export const submissions: DataTable = {
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
	load: async ({ db }, { year }) => (await submissionsRepo.list(db, year)) as unknown as Row[]
};

/**
 * Tidy raw values, one row per respondent × indicator: every stored answer (`source` answer) and
 * every derived indicator of the framework (`source` derived), so a researcher can rebuild the
 * index from this table and the codebook alone.
 */
export const responses: DataTable = {
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
	async load({ db }, { year }) {
		const out: Row[] = [];
		for (const r of await responsesRepo.currentResponses(db, year)) {
			const answers = r.answers;
			const base = {
				year: r.year,
				respondent_id: r.respondent_id,
				survey: r.survey,
				group: r.respondent_group,
				region_code: r.region_code,
				province_code: r.province_code
			};
			for (const [indicator, value] of Object.entries(answers))
				out.push({ ...base, indicator, value, source: 'answer' });
			for (const [indicator, derive] of Object.entries(DERIVED)) {
				const value = derive(answers);
				if (value !== undefined) out.push({ ...base, indicator, value, source: 'derived' });
			}
		}
		return out;
	}
};

/** One row per indicator × respondent group it applies to: everything needed to recompute a score. */
export const codebook: DataTable = {
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
	async load() {
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
};
