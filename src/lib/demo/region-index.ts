/**
 * The slice of the region reference (data/regions.json) the demo needs, indexed for lookups.
 */
import type { RegionRecord } from '../survey/regions.ts';

/** NBS four-zone split (data/reference/provinces.csv `zone4`). */
export type Zone4 = 'east' | 'central' | 'west' | 'northeast';

/** One entry of data/regions.json (the survey module's record type). */
export type { RegionRecord };

/** Provinces, prefectures and counties of the reference, in reference order. */
export interface RegionIndex {
	provinces: RegionRecord[];
	prefectures: RegionRecord[];
	/** County-level codes usable for a county commission (see {@link buildRegionIndex}). */
	counties: RegionRecord[];
	/** Codes listed both as a prefecture and as a county (cities without counties, e.g. 东莞市). */
	doubleListed: Set<string>;
	byCode: Map<string, RegionRecord>;
	/** Prefectures and county codes grouped by two-digit province prefix. */
	prefecturesOf: Map<string, RegionRecord[]>;
	countiesOf: Map<string, RegionRecord[]>;
}

/** The province code `PP0000` a region code belongs to. */
export function provinceCodeOf(code: string): string {
	return `${code.slice(0, 2)}0000`;
}

/**
 * Indexes the region reference. County entries whose code ends in `00` (东莞, 中山, 儋州 — prefecture
 * cities without counties, listed at both levels) are left out of `counties`: the regional template
 * reads a `PPCC00` code as municipal, so they cannot carry a county commission. They are kept in
 * `doubleListed` too, so that no commission at all sits on a code whose level is ambiguous.
 */
export function buildRegionIndex(regions: readonly RegionRecord[]): RegionIndex {
	const provinces = regions.filter((r) => r.level === 'province');
	const prefectures = regions.filter((r) => r.level === 'prefecture');
	const counties = regions.filter((r) => r.level === 'county' && !r.code.endsWith('00'));
	const prefectureCodes = new Set(prefectures.map((r) => r.code));
	const doubleListed = new Set(
		regions.filter((r) => r.level === 'county' && prefectureCodes.has(r.code)).map((r) => r.code)
	);
	const byCode = new Map<string, RegionRecord>();
	// Prefecture entries win over their county duplicates: names and parents are then the city's.
	for (const r of regions) if (!byCode.has(r.code) || r.level === 'prefecture') byCode.set(r.code, r);
	return {
		provinces,
		prefectures,
		counties,
		doubleListed,
		byCode,
		prefecturesOf: groupByProvince(prefectures),
		countiesOf: groupByProvince(counties)
	};
}

function groupByProvince(list: RegionRecord[]): Map<string, RegionRecord[]> {
	const out = new Map<string, RegionRecord[]>();
	for (const r of list) {
		const p = r.code.slice(0, 2);
		const bucket = out.get(p);
		if (bucket) bucket.push(r);
		else out.set(p, [r]);
	}
	return out;
}

/**
 * How a county-level unit is named in an institution's name: districts (区) repeat across cities
 * (朝阳区, 鼓楼区), so they carry their parent's name; counties and county-level cities are unique
 * enough on their own.
 */
export function countyPlaceName(index: RegionIndex, county: RegionRecord): string {
	if (!county.name.endsWith('区')) return county.name;
	const parent = county.parent ? index.byCode.get(county.parent) : undefined;
	return parent ? `${parent.name}${county.name}` : county.name;
}
