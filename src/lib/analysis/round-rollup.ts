/**
 * A scored round rolled up to every level the index reports — provinces, cities in their two
 * series, zones under both schemes and the nation — computed once when the round is scored and
 * stored with its run (pages and exports read it from there).
 */
import type { ScoredRound } from '../scoring/score-round.ts';
import type { Framework } from '../scoring/framework.ts';
import type { RegionIndex } from '../survey/regions.ts';
import {
	citySeries,
	rankProvinces,
	RegionSums,
	zonesAndNation,
	type RankedRegion
} from './regional-tables.ts';

export interface RoundRollup {
	provinces: RankedRegion[];
	cities: (RankedRegion & { series: 1 | 2 })[];
	/** Zones of each scheme, then `national` (rank 0). */
	zones: { zone4: RankedRegion[]; zone3: RankedRegion[] };
}

/**
 * Rolls a scored round up: every unflagged respondent added to the running sums of its province,
 * city, zones and the nation — one pass, no list of placed respondents — in the order a list would
 * take them, so the numbers are rollUp's (rollup.ts) to the last bit (round-rollup.test.ts).
 */
export function rollUpRound(
	framework: Framework,
	round: ScoredRound,
	regions: RegionIndex,
	citySeries1: ReadonlySet<string>
): RoundRollup {
	const provinces = new RegionSums();
	const cities = new RegionSums();
	const zone4 = new RegionSums();
	const zone3 = new RegionSums();
	const nation = new RegionSums();
	for (const g of round.groups) {
		for (let k = 0; k < g.ids.length; k++) {
			if (g.flags[k]) continue;
			const scores = {
				governance: g.governance[k],
				infrastructure: g.infrastructure[k],
				application: g.application[k],
				composite: g.composite[k]
			};
			const region = g.regions[k];
			const province = region.slice(0, 2);
			const city = regions.cityOf(region);
			const zones = regions.get(`${province}0000`);
			provinces.add(province, g.group, scores);
			if (city !== null) cities.add(city, g.group, scores);
			if (zones?.zone4) zone4.add(zones.zone4, g.group, scores);
			if (zones?.zone3) zone3.add(zones.zone3, g.group, scores);
			nation.add('national', g.group, scores);
		}
	}
	return {
		provinces: rankProvinces(framework, provinces.regions),
		cities: citySeries(framework, cities.regions, citySeries1),
		zones: {
			zone4: zonesAndNation(framework, zone4.regions, nation.regions),
			zone3: zonesAndNation(framework, zone3.regions, nation.regions)
		}
	};
}
