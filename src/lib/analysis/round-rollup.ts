/**
 * A scored round rolled up to every level the index reports — provinces, cities in their two
 * series, zones under both schemes and the nation — computed once when the round is scored and
 * stored with its run (pages and exports read it from there).
 */
import type { ScoredRound } from '../scoring/score-round.ts';
import type { Framework } from '../scoring/framework.ts';
import type { RegionIndex } from '../survey/regions.ts';
import {
	cityTable,
	provinceTable,
	zoneTable,
	type PlacedRespondent,
	type RankedRegion
} from './regional-tables.ts';

export interface RoundRollup {
	provinces: RankedRegion[];
	cities: (RankedRegion & { series: 1 | 2 })[];
	/** Zones of each scheme, then `national` (rank 0). */
	zones: { zone4: RankedRegion[]; zone3: RankedRegion[] };
}

/** Scored (unflagged) respondents placed in their province and city: all a roll-up needs. */
export function placeRespondents(round: ScoredRound, regions: RegionIndex): PlacedRespondent[] {
	const placed: PlacedRespondent[] = [];
	for (const g of round.groups) {
		for (let k = 0; k < g.ids.length; k++) {
			if (g.flags[k]) continue;
			placed.push({
				group: g.group,
				provinceCode: g.regions[k].slice(0, 2),
				cityCode: regions.cityOf(g.regions[k]),
				scores: {
					governance: g.governance[k],
					infrastructure: g.infrastructure[k],
					application: g.application[k],
					composite: g.composite[k]
				}
			});
		}
	}
	return placed;
}

export function rollUpRound(
	framework: Framework,
	placed: readonly PlacedRespondent[],
	regions: RegionIndex,
	citySeries1: ReadonlySet<string>
): RoundRollup {
	const zoneOf = (scheme: 'zone4' | 'zone3') => (province: string) =>
		regions.get(`${province}0000`)?.[scheme];
	return {
		provinces: provinceTable(framework, placed),
		cities: cityTable(framework, placed, citySeries1),
		zones: {
			zone4: zoneTable(framework, placed, zoneOf('zone4')),
			zone3: zoneTable(framework, placed, zoneOf('zone3'))
		}
	};
}
