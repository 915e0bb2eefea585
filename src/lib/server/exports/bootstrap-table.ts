/**
 * The `bootstrap` export (docs/contracts.md): one row per province or city × measure with the
 * published score and its bootstrap interval over respondents (docs/methodology.md §6.4), as the
 * refresh service stored them with the run. A table of its own rather than columns on `provinces`
 * and `cities`: long form (one measure a row) is what R and pandas filter and plot, and the
 * draws and seed sit beside the figures they produced.
 */
import type { UnitBootstrap } from '../../analysis/bootstrap.ts';
import type { RankedRegion } from '../../analysis/regional-tables.ts';
import { SCORE_KEYS } from '../../analysis/rollup.ts';
import { methodKey } from '../../scoring/method.ts';
import { citiesOf, provincesOf, type StoredRound } from '../index-service.ts';
import { REGIONS } from '../region-reference.ts';
import { PROVENANCE_COLUMNS } from './index-tables.ts';
import { perRound, type ExportTable, type Row } from './table.ts';

export const bootstrap: ExportTable = {
	columns: [
		'year',
		'level',
		'code',
		'name',
		'measure',
		'estimate',
		'ci_lower',
		'ci_upper',
		'se',
		'draws',
		'seed',
		...PROVENANCE_COLUMNS
	],
	runs: 'method',
	rows: ({ rounds }) => perRound(rounds, bootstrapRows)
};

/** A round's rows: provinces then cities, in the order of their tables, each measure in SCORE_KEYS order. */
export function bootstrapRows(round: StoredRound): Row[] {
	const stored = round.results.bootstrap;
	if (!stored) return [];
	const scores = {
		province: new Map(provincesOf(round).map((p) => [p.code, p])),
		city: new Map(citiesOf(round).map((c): [string, RankedRegion] => [c.code, c]))
	};
	return stored.units.flatMap((unit: UnitBootstrap) => {
		const region = scores[unit.level].get(unit.code);
		if (!region) return [];
		const name = REGIONS.get(unit.level === 'province' ? `${unit.code}0000` : unit.code)?.name;
		return SCORE_KEYS.map((measure) => ({
			year: round.year,
			level: unit.level,
			code: unit.code,
			name,
			measure,
			estimate: region.scores[measure],
			ci_lower: unit.measures[measure].lower,
			ci_upper: unit.measures[measure].upper,
			se: unit.measures[measure].se,
			draws: stored.draws,
			seed: stored.seed,
			framework_id: round.framework.id,
			framework_version: round.framework.version,
			method: methodKey(round.method)
		}));
	});
}
