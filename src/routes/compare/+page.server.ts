import { appDatabase } from '$lib/server/app-database';
import { roundView, servedMethod } from '$lib/server/dashboard-service';
import { indicatorRates } from '$lib/server/indicator-rates-service';
import { roundsScoredWith } from '$lib/server/rounds-service';
import { chosenMethod, chosenYear } from '$lib/server/view-params';
import { methodKey } from '$lib/scoring/method';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const database = await appDatabase();
	const years = await roundsScoredWith(database);
	const year = chosenYear(url, years);
	const { method, notScored } = await servedMethod(database, year, chosenMethod(url));
	const view = year === null ? null : await roundView(database, year, { method });
	// 2–6 provinces, in the order asked: /compare?p=11,31,44 (a permalink), or the form's pick=11&pick=31.
	const asked = [...(url.searchParams.get('p') ?? '').split(','), ...url.searchParams.getAll('pick')];
	const codes = [...new Set(asked.filter((c) => /^\d\d$/.test(c)))].slice(0, 6);
	const chosen = codes.flatMap((c) => view?.provinces.find((p) => p.code === c) ?? []);
	// Each indicator's rate in the chosen provinces, the widest spread between them first.
	const rates = chosen.length < 2 || year === null ? [] : ((await indicatorRates(database, year)) ?? []);
	const indicators = rates
		.map((r) => {
			const values = chosen.map((p) => r.provinces[p.code]?.percent ?? null);
			const known = values.filter((v): v is number => v !== null);
			const gap = known.length > 1 ? Math.max(...known) - Math.min(...known) : null;
			return {
				survey: r.survey,
				zh: r.zh,
				en: r.en,
				dimension: r.dimension,
				values,
				national: r.national,
				gap
			};
		})
		.sort((a, b) => (b.gap ?? -1) - (a.gap ?? -1));
	return {
		years,
		year,
		method,
		notScored: notScored && methodKey(notScored),
		codes,
		chosen,
		all: (view?.provinces ?? [])
			.map((p) => ({ code: p.code, name: p.name, nameEn: p.nameEn }))
			.sort((a, b) => a.code.localeCompare(b.code)),
		national: view?.national ?? null,
		indicators,
		provenance: view && {
			year: view.year,
			frameworkVersion: view.frameworkVersion,
			method: view.method,
			respondents: chosen.reduce((n, p) => n + p.respondents, 0)
		}
	};
};
