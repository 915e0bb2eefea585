/**
 * The hospitals of the demo: spread over provinces by population (tertiary hospitals leaning to
 * developed provinces), located at real prefecture or county codes, several per region allowed.
 */
import type { RespondentGroup } from '../survey/templates.ts';
import { CALIBRATED_YEAR, DEMO_YEARS, RESPONDENTS_2018 } from './calibration.ts';
import { largestRemainder } from './assign.ts';
import { hospitalName, type NamePlaces } from './names.ts';
import { provincePropensity } from './propensity.ts';
import { pickWeighted } from './random.ts';
import { countyPlaceName, type RegionIndex, type RegionRecord, type Zone4 } from './region-index.ts';
import { makeRespondent, type Respondent } from './respondents.ts';
import { JOINERS_PER_YEAR } from './trajectory.ts';

type HospitalGroup = 'tertiary' | 'secondary' | 'other';
const GROUPS: HospitalGroup[] = ['tertiary', 'secondary', 'other'];
// The four municipalities have no prefecture level: their hospitals sit in districts.
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

/** Hospital respondents of every round: the 2018 cohort first, then each round's joiners. */
export function buildHospitals(index: RegionIndex): Respondent[] {
	// XPCC has no prefecture or county codes of its own, so no hospital can be placed there.
	const provinces = index.provinces.filter((p) => index.countiesOf.has(p.code.slice(0, 2)));
	const serials = new Map<string, number>();
	const usedNames = new Set<string>();
	const out: Respondent[] = [];
	const where = new Map<string, ReturnType<typeof locations>>();
	const add = (group: HospitalGroup, province: RegionRecord, year: number, key: string) => {
		const slot = `${group}:${province.code}`;
		if (!where.has(slot)) where.set(slot, locations(index, province, group));
		const { candidates, weights } = where.get(slot)!;
		const region = candidates[pickWeighted(weights, 'region', key)];
		const serial = (serials.get(region.code) ?? 0) + 1;
		serials.set(region.code, serial);
		const id = `H${region.code}-${String(serial).padStart(4, '0')}`;
		const name = hospitalName(group, namePlaces(index, province, region, group), usedNames, id);
		out.push(
			makeRespondent(index, {
				id,
				name,
				template: 'hospital',
				group,
				regionCode: region.code,
				firstYear: year
			})
		);
	};
	for (const group of GROUPS) {
		const weights = provinces.map((p) => provinceWeight(p, group));
		const counts = largestRemainder(weights, RESPONDENTS_2018[group]);
		provinces.forEach((p, i) => {
			for (let k = 0; k < counts[i]; k++) add(group, p, CALIBRATED_YEAR, `${group}:${p.code}:${k}`);
		});
	}
	for (const year of DEMO_YEARS.filter((y) => y > CALIBRATED_YEAR)) {
		for (const group of GROUPS) {
			const weights = provinces.map((p) => provinceWeight(p, group));
			for (let k = 0; k < JOINERS_PER_YEAR[group]; k++) {
				const p = provinces[pickWeighted(weights, 'join', group, year, k)];
				add(group, p, year, `${group}:${p.code}:${year}:${k}`);
			}
		}
	}
	return out;
}

function provinceWeight(p: RegionRecord, group: RespondentGroup): number {
	const lean = group === 'tertiary' ? 0.3 : 0.1;
	const propensity = provincePropensity(p.code, (p.zone4 ?? 'west') as Zone4);
	return (p.population2020 ?? 1_000_000) * Math.max(0.3, 1 + lean * propensity);
}

// Tertiary hospitals sit mostly in prefecture seats and city districts; secondary hospitals in
// counties; other (unrated) hospitals anywhere.
function locations(
	index: RegionIndex,
	province: RegionRecord,
	group: HospitalGroup
): { candidates: RegionRecord[]; weights: number[] } {
	const pp = province.code.slice(0, 2);
	const counties = index.countiesOf.get(pp) ?? [];
	const prefectures = MUNICIPALITIES.has(pp) ? [] : (index.prefecturesOf.get(pp) ?? []);
	const isDistrict = (r: RegionRecord) => r.name.endsWith('区');
	const seats = [...prefectures, ...counties.filter(isDistrict)];
	const tertiary = group === 'tertiary' && seats.length > 0;
	const candidates = tertiary ? seats : counties;
	// Provincial capitals (PP0100) host the most tertiary hospitals; districts of big cities the next.
	const weights = candidates.map((r) => {
		if (tertiary) return r.level === 'prefecture' ? (r.code.endsWith('0100') ? 8 : 3) : 0.6;
		return isDistrict(r) ? (group === 'other' ? 1.5 : 0.6) : 1;
	});
	return { candidates, weights };
}

function namePlaces(
	index: RegionIndex,
	province: RegionRecord,
	region: RegionRecord,
	group: HospitalGroup
): NamePlaces {
	const pp = province.code.slice(0, 2);
	if (region.level === 'prefecture') {
		const capital = region.code === `${pp}0100`;
		return { province: capital ? province.name : undefined, places: [region.name] };
	}
	if (group === 'tertiary' && MUNICIPALITIES.has(pp))
		return { province: province.name, places: [province.name, countyPlaceName(index, region)] };
	return { places: [countyPlaceName(index, region)] };
}
