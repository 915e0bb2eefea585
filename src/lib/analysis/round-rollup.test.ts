import { describe, expect, it } from 'vitest';
import { DEFAULT_FRAMEWORK } from '../server/framework-store.ts';
import { REGIONS } from '../server/region-reference.ts';
import type { ScoredGroup, ScoredRound } from '../scoring/score-round.ts';
import type { RespondentGroup } from '../survey/templates.ts';
import type { Framework } from '../scoring/framework.ts';
import {
	citySeries,
	rankProvinces,
	RegionSums,
	zonesAndNation,
	type RankedRegion
} from './regional-tables.ts';
import type { ScoredRespondent } from './rollup.ts';
import { rollUpRound } from './round-rollup.ts';

// The roll-up as a list of placed respondents, grouped by each level's key: what rollUpRound
// computes in one pass without the list.

interface PlacedRespondent extends ScoredRespondent {
	provinceCode: string;
	cityCode: string | null;
}

function sumsBy(rows: readonly PlacedRespondent[], key: (r: PlacedRespondent) => string | null) {
	const sums = new RegionSums();
	for (const r of rows) {
		const region = key(r);
		if (region !== null) sums.add(region, r.group, r.scores);
	}
	return sums.regions;
}

const provinceTable = (framework: Framework, rows: readonly PlacedRespondent[]): RankedRegion[] =>
	rankProvinces(
		framework,
		sumsBy(rows, (r) => r.provinceCode)
	);
const cityTable = (framework: Framework, rows: readonly PlacedRespondent[], series1: ReadonlySet<string>) =>
	citySeries(
		framework,
		sumsBy(rows, (r) => r.cityCode),
		series1
	);
const zoneTable = (
	framework: Framework,
	rows: readonly PlacedRespondent[],
	zoneOf: (provinceCode: string) => string | undefined
): RankedRegion[] =>
	zonesAndNation(
		framework,
		sumsBy(rows, (r) => zoneOf(r.provinceCode) ?? null),
		sumsBy(rows, () => 'national')
	);

/** A scored group with pseudo-random scores (seeded), in counties of a few provinces. */
function group(group: RespondentGroup, n: number, seed: number): ScoredGroup {
	let x = seed;
	const next = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648) * 100;
	const regions = ['440106', '440303', '110105', '310115', '650102', '660000', '429004'];
	const column = () => Float64Array.from({ length: n }, next);
	return {
		group,
		ids: Array.from({ length: n }, (_, i) => i),
		regions: Array.from({ length: n }, (_, i) => regions[(i * 7 + seed) % regions.length]),
		governance: column(),
		infrastructure: column(),
		application: column(),
		composite: column(),
		stage: new Uint8Array(n).fill(3),
		coverage: new Float64Array(n).fill(1),
		flags: Array.from({ length: n }, (_, i) => (i % 11 === 0 ? 'low_coverage' : null))
	};
}

describe('rollUpRound', () => {
	it('is the roll-up of the placed respondents to the last bit: provinces, cities, both zone schemes', () => {
		const round: ScoredRound = {
			groups: [group('county', 300, 7), group('tertiary', 250, 11), group('provincial', 20, 13)],
			report: { outliers: [], weights: {} },
			transforms: [],
			respondents: 570,
			flagged: 0
		};
		const placed: PlacedRespondent[] = round.groups.flatMap((g) =>
			g.ids.flatMap((_, k) =>
				g.flags[k]
					? []
					: [
							{
								group: g.group,
								provinceCode: g.regions[k].slice(0, 2),
								cityCode: REGIONS.cityOf(g.regions[k]),
								scores: {
									governance: g.governance[k],
									infrastructure: g.infrastructure[k],
									application: g.application[k],
									composite: g.composite[k]
								}
							}
						]
			)
		);
		const series1 = new Set(['110000', '440100']);
		const zone = (scheme: 'zone4' | 'zone3') => (p: string) => REGIONS.get(`${p}0000`)?.[scheme];
		const rolled = rollUpRound(DEFAULT_FRAMEWORK, round, REGIONS, series1);
		expect(rolled.provinces).toEqual(provinceTable(DEFAULT_FRAMEWORK, placed));
		expect(rolled.cities).toEqual(cityTable(DEFAULT_FRAMEWORK, placed, series1));
		expect(rolled.zones.zone4).toEqual(zoneTable(DEFAULT_FRAMEWORK, placed, zone('zone4')));
		expect(rolled.zones.zone3).toEqual(zoneTable(DEFAULT_FRAMEWORK, placed, zone('zone3')));
		// 仙桃 (429004) is governed by its province directly: in its province, in no city.
		expect(rolled.provinces.map((p) => p.code)).toContain('42');
		expect(rolled.cities.some((c) => c.code.startsWith('42'))).toBe(false);
	});
});
