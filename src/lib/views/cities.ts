/** The cities page: one series of prefecture-level cities, optionally of one province, in the order asked. */
import { sortCities, type CitySort } from '../analysis/city-sort.ts';
import { sourceCaption } from '../charts/figure-text.ts';
import { cityRows, cityTable } from './city-rows.ts';
import { localName } from './names.ts';
import type { Messages, PageBase } from './page-base.ts';
import type { CityQuery } from './query.ts';

export const sortLabel = (t: Messages, sort: CitySort): string =>
	sort === 'rank' ? t.rank : sort === 'name' ? t.name : t[sort];

export function citiesPage(
	base: PageBase,
	query: CityQuery,
	provinces: readonly { code: string; name: string; nameEn: string }[]
) {
	const { t, locale, view } = base;
	const cities = sortCities(
		(view?.cities ?? []).filter(
			(c) => c.series === query.series && (!query.province || c.provinceCode === query.province)
		),
		query.sort,
		locale
	);
	const provinceNames = provinces.map((p) => ({ code: p.code, name: localName(p, locale) }));
	const provinceName: Record<string, string> = Object.fromEntries(provinceNames.map((p) => [p.code, p.name]));
	return {
		query,
		provinces: provinceNames,
		/** Province names by code, for each city's province column. */
		provinceName,
		cities: cityRows(cities, t, locale, view?.rankThreshold.city ?? 0),
		download: cityTable(cities, t, locale, {
			header: t.province,
			value: (c) => provinceName[c.provinceCode] ?? c.provinceCode
		}),
		caption:
			view &&
			sourceCaption(t, locale, base.demo, {
				...view,
				respondents: cities.reduce((n, c) => n + c.respondents, 0)
			})
	};
}
