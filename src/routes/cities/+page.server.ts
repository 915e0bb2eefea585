import { appDatabase } from '$lib/server/app-database';
import { CITY_SORTS, sortCities, type CitySort } from '$lib/analysis/city-sort';
import { roundView, servedMethod } from '$lib/server/dashboard-service';
import { REGIONS } from '$lib/server/region-reference';
import { roundsScoredWith } from '$lib/server/rounds-service';
import { chosenMethod, chosenYear } from '$lib/server/view-params';
import { methodKey } from '$lib/scoring/method';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const database = await appDatabase();
	const years = await roundsScoredWith(database);
	const year = chosenYear(url, years);
	const { method, notScored } = await servedMethod(database, year, chosenMethod(url));
	const view = year === null ? null : await roundView(database, year, { method });
	const province = url.searchParams.get('province') ?? '';
	const series = url.searchParams.get('series') === '2' ? 2 : 1;
	const asked = url.searchParams.get('sort');
	const sort = (CITY_SORTS as readonly string[]).includes(asked ?? '') ? (asked as CitySort) : 'rank';
	const cities = sortCities(
		(view?.cities ?? []).filter((c) => c.series === series && (!province || c.provinceCode === province)),
		sort,
		locals.locale
	);
	const provinces = REGIONS.provinces().map((p) => ({
		code: p.code.slice(0, 2),
		name: p.name,
		nameEn: p.nameEn ?? p.name
	}));
	return {
		years,
		year,
		method,
		notScored: notScored && methodKey(notScored),
		series,
		province,
		sort,
		cities,
		provinces,
		provenance: view && { frameworkVersion: view.frameworkVersion, method: view.method }
	};
};
