/** The region reference shipped in data/regions.json (see scripts/build-regions.ts). */
import regions from '../../../data/regions.json' with { type: 'json' };
import { createRegionIndex, type RegionIndex, type RegionRecord } from '../survey/regions.ts';

/** A record of the shipped reference: every one has its English name (`REGIONS.get(code)?.nameEn`). */
export type ReferenceRegion = RegionRecord & { nameEn: string };

export const REGION_RECORDS = regions as ReferenceRegion[];
export const REGIONS: RegionIndex<ReferenceRegion> = createRegionIndex(REGION_RECORDS);
