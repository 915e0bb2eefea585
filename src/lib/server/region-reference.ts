/** The region reference shipped in data/regions.json (see scripts/build-regions.ts). */
import regions from '../../../data/regions.json' with { type: 'json' };
import type { RegionalUnit } from '../analysis/disparity/regional.ts';
import type { ProvinceIdentity } from '../views/province.ts';
import { createRegionIndex, type RegionIndex, type RegionRecord } from '../survey/regions.ts';

/** A record of the shipped reference: every one has its English name (`REGIONS.get(code)?.nameEn`). */
export type ReferenceRegion = RegionRecord & { nameEn: string };

export const REGION_RECORDS = regions as ReferenceRegion[];
export const REGIONS: RegionIndex<ReferenceRegion> = createRegionIndex(REGION_RECORDS);

/** A provincial unit's zones and census population, as the disparity measures group and weigh it. */
export function provinceZones(code: string): Omit<RegionalUnit, 'value'> {
	const region = REGIONS.get(`${code}0000`);
	return {
		zone4: region?.zone4 ?? 'unknown',
		zone3: region?.zone3 ?? 'unknown',
		population: region?.population2020 ?? null
	};
}

/** A provincial unit by its two-digit code ('44'); null for anything else. */
export function provinceIdentity(code: string): ProvinceIdentity | null {
	const region = /^\d{2}$/.test(code) ? REGIONS.get(`${code}0000`) : undefined;
	if (region?.level !== 'province') return null;
	return { code, name: region.name, nameEn: region.nameEn ?? region.name, zone4: region.zone4 ?? '' };
}

/** Every provincial unit, by code. */
export function provinceIdentities(): ProvinceIdentity[] {
	return REGIONS.provinces().map((p) => provinceIdentity(p.code.slice(0, 2))!);
}

/** The names of these regions (for pages naming submissions' units: views/submission-lists.ts `RegionNames`). */
export function regionNames(codes: Iterable<string | null>): Map<string, { name: string; nameEn: string }> {
	const names = new Map<string, { name: string; nameEn: string }>();
	for (const code of codes) {
		const region = code ? REGIONS.get(code) : undefined;
		if (code && region) names.set(code, { name: region.name, nameEn: region.nameEn ?? region.name });
	}
	return names;
}
