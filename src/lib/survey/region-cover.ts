/**
 * The smallest region that holds every unit of a file (what a submission is "for", and whose
 * reviewers and submitters see it), and the code prefix of a region's scope. Codes share a
 * prefix with the region above them (GB/T 2260: PP CC XX); where the reference has no city
 * between a county and its province (仙桃 429004, the municipalities' districts), the province.
 */
import type { RegionIndex } from './regions.ts';

const NATION = '000000';

/** The smallest region holding the two codes, and so every code sorting between them. */
export function coveringRegion(lowest: string, highest: string, regions: RegionIndex): string {
	if (lowest === highest) return lowest;
	const city = `${lowest.slice(0, 4)}00`;
	if (lowest.slice(0, 4) === highest.slice(0, 4) && regions.get(city)?.level === 'prefecture') return city;
	if (lowest.slice(0, 2) === highest.slice(0, 2)) return `${lowest.slice(0, 2)}0000`;
	return NATION;
}

/** The code prefix every region inside `scope` starts with: '' for the nation, PP, PPCC or the county's own code. */
export function scopePrefix(scope: string): string {
	if (scope === NATION) return '';
	if (scope.endsWith('0000')) return scope.slice(0, 2);
	if (scope.endsWith('00')) return scope.slice(0, 4);
	return scope;
}
