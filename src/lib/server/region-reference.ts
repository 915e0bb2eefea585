/** The region reference shipped in data/regions.json (see scripts/build-regions.ts). */
import regions from '../../../data/regions.json' with { type: 'json' };
import { createRegionIndex, type RegionIndex, type RegionRecord } from '../survey/regions.ts';

export const REGION_RECORDS = regions as RegionRecord[];
export const REGIONS: RegionIndex = createRegionIndex(REGION_RECORDS);
