/** Export tables of the survey data itself: rates, submissions, codebook (responses: responses-table.ts). */
import { rateRowsWithIntervals } from '../../analysis/rate-intervals.ts';
import { indicatorsOf, type Framework } from '../../scoring/framework.ts';
import { DEFAULT_FRAMEWORK } from '../framework-store.ts';
import type { StoredRound } from '../index-service.ts';
import { codebookWeights } from './provenance-tables.ts';
import { perRound, type ExportTable, type Row } from './table.ts';

/** Yes/no rates by respondent group: counted when the round was scored, stored with its default run. */
export const rates: ExportTable = {
	columns: [
		'year',
		'survey',
		'group',
		'indicator',
		'numerator',
		'denominator',
		'percent',
		'ci_lower',
		'ci_upper',
		'confidence'
	],
	// The contract gives percent one decimal: 100.0, not 100.
	csv: { percent: (v) => (typeof v === 'number' ? v.toFixed(1) : v) },
	numberFormats: { percent: '0.0' },
	runs: 'default',
	// The Wilson interval (analysis/wilson.ts) follows from the stored counts: worked out as written.
	rows: ({ rounds }) =>
		perRound(rounds, ({ results }) => rateRowsWithIntervals(results.rates ?? []) as unknown as Row[])
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
	async *rows({ snapshot, years }) {
		const all = await snapshot.db.selectFrom('submissions').selectAll().orderBy('id').execute();
		// `years` is a comma list: match whole entries.
		yield all.filter((s) => s.years.split(',').some((y) => years.includes(Number(y)))) as unknown as Row[];
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
		'stage_minimums',
		'weight_used',
		'weight_round',
		'method'
	],
	// The method's runs give the weights it used (exports/provenance-tables.ts codebookWeights).
	runs: 'method',
	async *rows({ rounds, provenance, framework }) {
		yield codebookRows(framework, rounds, provenance.method);
	}
};

/**
 * The codebook of a framework (the default one unless another is chosen: `--framework`), with the
 * weights used in the newest of `rounds`.
 */
export function codebookRows(
	framework: Framework = DEFAULT_FRAMEWORK,
	rounds: readonly StoredRound[] = [],
	method: string | null = null
): Row[] {
	const used = codebookWeights(rounds);
	return codebookOf(framework).map((row) => ({ ...row, ...used(row.indicator, row.group), method }));
}

function codebookOf(f: Framework): Row[] {
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
