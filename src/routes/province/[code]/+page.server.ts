import { error } from '@sveltejs/kit';
import { appDatabase } from '$lib/server/app-database';
import { provinceHistory, roundView, servedMethod } from '$lib/server/dashboard-service';
import { indicatorRates } from '$lib/server/indicator-rates-service';
import { roundsScoredWith } from '$lib/server/rounds-service';
import { REGIONS } from '$lib/server/region-reference';
import { chosenMethod, chosenYear } from '$lib/server/view-params';
import { methodKey } from '$lib/scoring/method';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	const region = REGIONS.get(`${params.code}0000`);
	if (!/^\d{2}$/.test(params.code) || region?.level !== 'province')
		error(404, `no provincial unit ${params.code}`);
	const database = await appDatabase();
	const years = await roundsScoredWith(database);
	const year = chosenYear(url, years);
	const { method, notScored } = await servedMethod(database, year, chosenMethod(url));
	const view = year === null ? null : await roundView(database, year, { method });
	const province = view?.provinces.find((p) => p.code === params.code) ?? null;
	// Only this province's rate beside the national one goes to the page, not every province's.
	const rates = (year === null ? null : await indicatorRates(database, year)) ?? [];
	const indicators = rates.flatMap((r) => {
		const own = r.provinces[params.code];
		return own
			? [
					{
						survey: r.survey,
						zh: r.zh,
						en: r.en,
						dimension: r.dimension,
						own: own.percent,
						n: own.n,
						national: r.national
					}
				]
			: [];
	});
	return {
		code: params.code,
		name: region.name,
		nameEn: region.nameEn ?? region.name,
		zone4: region.zone4 ?? '',
		years,
		year,
		method,
		notScored: notScored && methodKey(notScored),
		province,
		units: view?.provinces.length ?? 0,
		national: view?.national ?? null,
		zone: view?.zones.find((z) => z.zone === region.zone4)?.scores ?? null,
		cities: view?.cities.filter((c) => c.provinceCode === params.code) ?? [],
		indicators,
		history: await provinceHistory(database, params.code, method),
		provenance: view && {
			year: view.year,
			frameworkVersion: view.frameworkVersion,
			method: view.method,
			respondents: province?.respondents ?? 0
		}
	};
};
