import { pageContext } from '$lib/server/page-context';
import { provinceIdentities } from '$lib/server/region-reference';
import { citiesPage } from '$lib/views/cities';
import { selectorsOf } from '$lib/views/page-base';
import { chosenCities } from '$lib/views/query';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const base = await pageContext(event);
	return {
		selectors: selectorsOf(base),
		page: citiesPage(base, chosenCities(event.url), provinceIdentities())
	};
};
