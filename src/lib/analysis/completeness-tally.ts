/**
 * Counts a round's expected units (completeness.ts) as they stream past: by status, by survey, by
 * province and by city, and keeps the first missing units up to a cap with the count of the rest.
 * Memory holds one counter per province and city, never the units.
 *
 * Rates carry their numerator and denominator. The reporting rate counts the units whose data
 * stands — approved or waiting for review — over the units expected; a returned unit's data went
 * back for correction, so it counts apart, as in a routine-reporting system's "reports received".
 * The approval rate is approved over expected.
 */
import type { ExpectedUnit, UnitStatus, UnitSurvey } from './completeness.ts';

export type StatusCounts = Record<UnitStatus, number> & { expected: number; new: number };

export interface Rate {
	numerator: number;
	denominator: number;
	/** numerator / denominator, 0–1; null when nothing is expected. */
	value: number | null;
}

export interface Figures {
	counts: StatusCounts;
	reporting: Rate;
	approval: Rate;
}

/** One area's figures: all units, and the commissions and hospitals apart. */
export type AreaFigures = Record<'all' | UnitSurvey, Figures>;

export interface TallyResult {
	totals: AreaFigures;
	/** By two-digit province code. */
	provinces: Map<string, AreaFigures>;
	/** By city code (`REGIONS.cityOf`, or the province's `PP0000` for what no city holds). */
	cities: Map<string, AreaFigures>;
	/** The first `cap` units not started, in the order they came. */
	missing: ExpectedUnit[];
	missingCount: number;
}

export const rate = (numerator: number, denominator: number): Rate => ({
	numerator,
	denominator,
	value: denominator > 0 ? numerator / denominator : null
});

const emptyCounts = (): StatusCounts => ({
	expected: 0,
	approved: 0,
	submitted: 0,
	returned: 0,
	not_started: 0,
	new: 0
});

export function figuresOf(counts: StatusCounts): Figures {
	return {
		counts,
		reporting: rate(counts.approved + counts.submitted, counts.expected),
		approval: rate(counts.approved, counts.expected)
	};
}

type AreaCounts = Record<'all' | UnitSurvey, StatusCounts>;
const emptyArea = (): AreaCounts => ({
	all: emptyCounts(),
	regional: emptyCounts(),
	hospital: emptyCounts()
});
const areaFigures = (a: AreaCounts): AreaFigures => ({
	all: figuresOf(a.all),
	regional: figuresOf(a.regional),
	hospital: figuresOf(a.hospital)
});

export class CompletenessTally {
	readonly #totals = emptyArea();
	readonly #provinces = new Map<string, AreaCounts>();
	readonly #cities = new Map<string, AreaCounts>();
	readonly #missing: ExpectedUnit[] = [];
	#missingCount = 0;
	readonly #cityOf: (code: string) => string | null;
	readonly #cap: number;

	/** `cityOf` as the region reference answers it (null for a province or a county no city holds). */
	constructor(cityOf: (code: string) => string | null, cap = 200) {
		this.#cityOf = cityOf;
		this.#cap = cap;
	}

	add(unit: ExpectedUnit): void {
		const province = unit.regionCode.slice(0, 2);
		const city = this.#cityOf(unit.regionCode) ?? `${province}0000`;
		for (const area of [this.#totals, at(this.#provinces, province), at(this.#cities, city)])
			for (const counts of [area.all, area[unit.survey]]) {
				counts.expected++;
				counts[unit.status]++;
				if (unit.isNew) counts.new++;
			}
		if (unit.status !== 'not_started') return;
		this.#missingCount++;
		if (this.#missing.length < this.#cap) this.#missing.push(unit);
	}

	result(): TallyResult {
		const figures = (m: Map<string, AreaCounts>) => new Map([...m].map(([k, v]) => [k, areaFigures(v)]));
		return {
			totals: areaFigures(this.#totals),
			provinces: figures(this.#provinces),
			cities: figures(this.#cities),
			missing: [...this.#missing],
			missingCount: this.#missingCount
		};
	}
}

function at(map: Map<string, AreaCounts>, key: string): AreaCounts {
	let found = map.get(key);
	if (!found) map.set(key, (found = emptyArea()));
	return found;
}
