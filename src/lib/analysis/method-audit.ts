/**
 * The method audit of a round (OECD/JRC practice): under the default method, Pearson correlations
 * between each dimension's indicators and Cronbach's alpha per dimension and group (on normalised
 * scores); for continuous indicators the skewness and kurtosis of the raw values, whether the JRC
 * rule (|skew| > 2 and kurtosis > 3.5) fires, and how many points were winsorised (none under
 * goalposts, which bound values already).
 */
import { correlationMatrix, cronbachAlpha } from '../scoring/audit.ts';
import type { GroupColumns } from '../scoring/columns.ts';
import { DIMENSIONS, type Framework } from '../scoring/framework.ts';
import { DEFAULT_METHOD } from '../scoring/method.ts';
import { kurtosis, skewness } from '../scoring/outliers.ts';
import { planGroup, type ScoringReport } from '../scoring/score.ts';
import type { RespondentGroup } from '../survey/templates.ts';

export interface AuditRow {
	group: RespondentGroup;
	dimension: string;
	measure:
		| 'correlation'
		| 'cronbach_alpha'
		| 'skewness'
		| 'kurtosis'
		| 'outlier_rule_triggered'
		| 'winsorised_points';
	indicator: string;
	indicator_b: string;
	value: number | null;
}

const finite = (v: number) => (Number.isFinite(v) ? v : null);

export function auditRows(framework: Framework, groups: readonly GroupColumns[]): AuditRow[] {
	const rows: AuditRow[] = [];
	const report: ScoringReport = { outliers: [], weights: {} };
	for (const columns of groups) {
		const { group } = columns;
		const plan = planGroup(framework, group, [], [], DEFAULT_METHOD, report, columns);
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
			rows.push({
				group,
				dimension,
				measure: 'cronbach_alpha',
				indicator: '',
				indicator_b: '',
				value: idx.length > 1 ? finite(cronbachAlpha(normalised)) : null
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
