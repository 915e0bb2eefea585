import { error } from '@sveltejs/kit';
import { appDatabase } from '$lib/server/app-database';
import { provinceHistory, roundView } from '$lib/server/dashboard-service';
import { roundsWithData } from '$lib/server/score-service';
import { REGIONS } from '$lib/server/region-reference';
import { chosenYear } from '$lib/server/view-params';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	const region = REGIONS.get(`${params.code}0000`);
	if (!/^\d{2}$/.test(params.code) || region?.level !== 'province')
		error(404, `no provincial unit ${params.code}`);
	const database = await appDatabase();
	const years = await roundsWithData(database);
	const year = chosenYear(url, years);
	const view = year === null ? null : await roundView(database, year, { withIntervals: true });
	const province = view?.provinces.find((p) => p.code === params.code) ?? null;
	return {
		code: params.code,
		name: region.name,
		nameEn: region.nameEn ?? region.name,
		zone4: region.zone4 ?? '',
		years,
		year,
		province,
		national: view?.national ?? null,
		zone: view?.zones.find((z) => z.zone === region.zone4)?.scores ?? null,
		cities: view?.cities.filter((c) => c.provinceCode === params.code) ?? [],
		history: await provinceHistory(database, params.code),
		provenance: view && {
			frameworkVersion: view.frameworkVersion,
			method: view.method,
			respondents: province?.respondents ?? 0
		}
	};
};
