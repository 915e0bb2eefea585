/**
 * The method audit of a round (OECD/JRC practice), under the run's method: Pearson correlations
 * between each dimension's indicators and Cronbach's alpha per dimension and group (on the
 * method's normalised scores, after any outlier treatment), with the items and units alpha used and
 * the constant items it dropped; for continuous indicators the skewness and kurtosis of the raw
 * values, whether the JRC rule (|skew| > 2 and kurtosis > 3.5) fires, and how many points were
 * winsorised (none under goalposts or ranks, docs/methodology.md §3.2).
 */
import { correlationMatrix, cronbachAlpha } from '../scoring/audit.ts';
import type { GroupColumns } from '../scoring/columns.ts';
import { DIMENSIONS, type Framework } from '../scoring/framework.ts';
import type { Method } from '../scoring/method.ts';
import { kurtosis, skewness } from '../scoring/outliers.ts';
import { planGroup, type ScoringReport } from '../scoring/score.ts';
import type { RespondentGroup } from '../survey/templates.ts';

export interface AuditRow {
	group: RespondentGroup;
	dimension: string;
	measure:
		| 'correlation'
		| 'cronbach_alpha'
		| 'alpha_items'
		| 'alpha_units'
		| 'alpha_dropped_constant'
		| 'skewness'
		| 'kurtosis'
		| 'outlier_rule_triggered'
		| 'winsorised_points';
	indicator: string;
	indicator_b: string;
	value: number | null;
}

const finite = (v: number) => (Number.isFinite(v) ? v : null);

export function auditRows(framework: Framework, groups: readonly GroupColumns[], method: Method): AuditRow[] {
	const rows: AuditRow[] = [];
	const report: ScoringReport = { outliers: [], weights: {} };
	for (const columns of groups) {
		const { group } = columns;
		const plan = planGroup(framework, group, [], [], method, report, columns);
		for (const dimension of DIMENSIONS) {
			const idx = plan.entries.flatMap((e, i) => (e.dimension === dimension ? [i] : []));
			// Float64Arrays with NaN for missing, as they are: a million respondents stay 8 MB a column.
			const normalised = idx.map((i) => plan.columns[i]);
			const matrix = correlationMatrix(normalised);
			idx.forEach((a, i) =>
				idx.forEach((b, j) => {
					if (j <= i) return;
					rows.push({
						group,
						dimension,
						measure: 'correlation',
						indicator: plan.entries[a].indicator.id,
						indicator_b: plan.entries[b].indicator.id,
						value: finite(matrix[i][j])
					});
				})
			);
			if (idx.length > 1)
				rows.push(
					...alphaRows(
						group,
						dimension,
						normalised,
						idx.map((i) => plan.entries[i].indicator.id)
					)
				);
			else
				rows.push({
					group,
					dimension,
					measure: 'cronbach_alpha',
					indicator: '',
					indicator_b: '',
					value: null
				});
			for (const i of idx) {
				const indicator = plan.entries[i].indicator;
				if (indicator.kind !== 'continuous') continue;
				const raw = columns.raw[i];
				const skew = skewness(raw);
				const kurt = kurtosis(raw);
				const base = { group, dimension, indicator: indicator.id, indicator_b: '' };
				rows.push({ ...base, measure: 'skewness', value: finite(skew) });
				rows.push({ ...base, measure: 'kurtosis', value: finite(kurt) });
				rows.push({
					...base,
					measure: 'outlier_rule_triggered',
					value: Math.abs(skew) > 2 && kurt > 3.5 ? 1 : 0
				});
				const treated = report.outliers.find((o) => o.group === group && o.indicator === indicator.id);
				rows.push({ ...base, measure: 'winsorised_points', value: treated?.points ?? 0 });
			}
		}
	}
	return rows;
}

/** Alpha, the items and complete units it used, and a row naming each constant item it dropped. */
function alphaRows(
	group: RespondentGroup,
	dimension: string,
	columns: Float64Array[],
	ids: string[]
): AuditRow[] {
	const { alpha, items, units, dropped } = cronbachAlpha(columns);
	const base = { group, dimension, indicator: '', indicator_b: '' };
	return [
		{ ...base, measure: 'cronbach_alpha', value: finite(alpha) },
		{ ...base, measure: 'alpha_items', value: items },
		{ ...base, measure: 'alpha_units', value: units },
		...dropped.map((j): AuditRow => ({
			...base,
			measure: 'alpha_dropped_constant',
			indicator: ids[j],
			value: 1
		}))
	];
}
