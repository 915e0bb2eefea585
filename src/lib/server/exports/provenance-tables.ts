/**
 * The export tables that say how the others were made (docs/methodology.md §7): `about` (what a
 * download of the same options would carry: version, commit, framework, method, rounds, data) and
 * `weights` (every weight a stored run used, at every level, under the method asked for).
 */
import { dataSource } from '../../exports/about-sheet.ts';
import { weightsUsed } from '../../analysis/weights-used.ts';
import type { ScoringReport } from '../../scoring/score.ts';
import { methodKey } from '../../scoring/method.ts';
import type { StoredRound } from '../index-service.ts';
import { isDemoData } from '../rounds-service.ts';
import type { Cell } from '../../exports/csv-format.ts';
import { PROVENANCE_COLUMNS } from './index-tables.ts';
import { perRound, type ExportTable, type Row } from './table.ts';

export const about: ExportTable = {
	columns: ['key', 'value'],
	// The runs of the method asked for: their framework is the one named, and when they were computed.
	runs: 'method',
	async *rows({ snapshot, years, rounds, provenance }) {
		const scored = rounds.map((r) => r.run.computed_at).sort();
		const pairs: [string, string | number][] = [
			['version', provenance.version],
			['commit', provenance.commit],
			['framework_id', provenance.framework.id],
			['framework_version', provenance.framework.version],
			['method', provenance.method ?? ''],
			['rounds', years.join(', ')],
			['scored_at', scored[0] ?? ''],
			['generated_at', new Date().toISOString()],
			['data', dataSource(await isDemoData(snapshot))],
			['source', 'HIMAP (Health Informatization Maturity Assessment Platform); method in docs/methodology.md']
		];
		yield pairs.map(([key, value]): Row => ({ key, value }));
	}
};

/** The indicator weights a run stored per group (ScoringReport.weights). */
export const reportWeights = (round: StoredRound): ScoringReport['weights'] =>
	(JSON.parse(round.run.report) as Partial<ScoringReport>).weights ?? {};

export const weights: ExportTable = {
	columns: ['year', 'group', 'level', 'item', 'parent', 'weight', 'framework_weight', ...PROVENANCE_COLUMNS],
	runs: 'method',
	rows: ({ rounds }) =>
		perRound(rounds, (round) =>
			weightsUsed(round.framework, round.method.weights, reportWeights(round)).map((w): Row => ({
				year: round.year,
				...w,
				framework_id: round.framework.id,
				framework_version: round.framework.version,
				method: methodKey(round.method)
			}))
		)
};

/**
 * The codebook's `weight_used` and `weight_round`: an indicator's share of its parent for a group
 * in the newest of the runs read (the round asked for, or the newest round), under their method.
 * The codebook is the framework's, one row per indicator and group; a data-driven weight belongs
 * to a round, hence the round it comes from. Blank without a run.
 */
export function codebookWeights(rounds: readonly StoredRound[]): (indicator: Cell, group: Cell) => Row {
	const round = rounds.at(-1);
	if (!round) return () => ({ weight_used: null, weight_round: null });
	const used = new Map(
		weightsUsed(round.framework, round.method.weights, reportWeights(round))
			.filter((w) => w.level === 'indicator')
			.map((w) => [`${w.item} ${w.group}`, w.weight])
	);
	return (indicator, group) => ({
		weight_used: used.get(`${indicator} ${group}`) ?? null,
		weight_round: round.year
	});
}
