/**
 * Disparity between provincial units on one score, the three ways HIMAP reports it: unweighted
 * with the zone4 decomposition, the zone3 decomposition, and population-weighted (2020 census).
 * The disparities page, the overview's between-zone share and the `disparity` export all read
 * these, so a figure on screen and its exported row cannot drift apart.
 */
import { disparitySummary, type DisparitySummary } from './summary.ts';

export interface RegionalUnit {
	value: number;
	zone4: string;
	zone3: string;
	/** Census population; null where a unit has none of its own (the XPCC). */
	population: number | null;
}

export interface RegionalDisparity {
	/** Unweighted, Theil parts between and within the zone4 zones. */
	zone4: DisparitySummary;
	/** Unweighted, Theil parts between and within the zone3 zones. */
	zone3: DisparitySummary;
	/** Population-weighted over the units with a population, zone4 parts. */
	population: DisparitySummary;
}

export function regionalDisparity(units: readonly RegionalUnit[]): RegionalDisparity {
	const values = units.map((u) => u.value);
	// A unit without a census population of its own is left out of the weighted measures.
	const weighted = units.filter((u) => u.population);
	return {
		zone4: disparitySummary(values, { groups: units.map((u) => u.zone4) }),
		zone3: disparitySummary(values, { groups: units.map((u) => u.zone3) }),
		population: disparitySummary(
			weighted.map((u) => u.value),
			{ weights: weighted.map((u) => u.population!), groups: weighted.map((u) => u.zone4) }
		)
	};
}

/** Share of Theil T that lies between the zone4 zones; null when there is no inequality to share. */
export function betweenZoneShare(d: RegionalDisparity): number | null {
	const { theil_t, theil_t_between } = d.zone4;
	return theil_t > 0 && theil_t_between !== null ? theil_t_between / theil_t : null;
}
