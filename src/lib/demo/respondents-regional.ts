/**
 * The health commissions of the demo: all 32 provincial commissions, and municipal and county
 * commissions chosen among real prefecture and county codes (each code at most once).
 */
import { CALIBRATED_YEAR, DEMO_YEARS, RESPONDENTS_2018 } from './calibration.ts';
import { commissionName } from './names.ts';
import { provincePropensity } from './propensity.ts';
import { normal } from './random.ts';
import type { RegionIndex, RegionRecord, Zone4 } from './region-index.ts';
import { provinceCodeOf } from './region-index.ts';
import { makeRespondent, type Respondent } from './respondents.ts';
import { JOINERS_PER_YEAR } from './trajectory.ts';

/** Regional respondents of every round: the 2018 cohort first, then each round's joiners. */
export function buildCommissions(index: RegionIndex): Respondent[] {
	const out: Respondent[] = index.provinces.map((p) =>
		makeRespondent(index, {
			id: `RHC${p.code}`,
			name: commissionName(p.name, 'provincial'),
			template: 'regional',
			group: 'provincial',
			regionCode: p.code,
			firstYear: CALIBRATED_YEAR
		})
	);
	// A lookup keyed by code alone may resolve a double-listed code to its county entry and then
	// reject it as a municipal code, so municipal commissions keep to unambiguous prefectures.
	const municipal = byParticipation(
		index,
		index.prefectures.filter((r) => !index.doubleListed.has(r.code))
	);
	const county = byParticipation(index, index.counties);
	out.push(...enrol(index, municipal, 'municipal', (r) => r.name));
	out.push(...enrol(index, county, 'county', (r) => countyCommissionPlace(index, r)));
	return out;
}

// Participation in the survey leans towards developed provinces, as in the report's coverage.
function byParticipation(index: RegionIndex, regions: RegionRecord[]): RegionRecord[] {
	const score = (r: RegionRecord) => {
		const p = provinceCodeOf(r.code);
		const zone = (index.byCode.get(p)?.zone4 ?? 'west') as Zone4;
		return 0.6 * provincePropensity(p, zone) + normal('participation', r.code);
	};
	const scored = regions.map((r) => ({ r, s: score(r) }));
	scored.sort((a, b) => b.s - a.s || (a.r.code < b.r.code ? -1 : 1));
	return scored.map((x) => x.r);
}

function enrol(
	index: RegionIndex,
	ranked: RegionRecord[],
	group: 'municipal' | 'county',
	place: (r: RegionRecord) => string
): Respondent[] {
	const out: Respondent[] = [];
	let next = 0;
	for (const year of DEMO_YEARS) {
		const count = year === CALIBRATED_YEAR ? RESPONDENTS_2018[group] : JOINERS_PER_YEAR[group];
		for (let i = 0; i < count && next < ranked.length; i++, next++) {
			const r = ranked[next];
			out.push(
				makeRespondent(index, {
					id: `RHC${r.code}`,
					name: commissionName(place(r), group),
					template: 'regional',
					group,
					regionCode: r.code,
					firstYear: year
				})
			);
		}
	}
	return out;
}

// County commissions are named with their city (广州市天河区卫生健康局) or, for the districts of
// the four municipalities and province-administered counties, with their province.
function countyCommissionPlace(index: RegionIndex, county: RegionRecord): string {
	const parent = county.parent ? index.byCode.get(county.parent) : undefined;
	return parent ? `${parent.name}${county.name}` : county.name;
}
