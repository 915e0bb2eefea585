import { error } from '@sveltejs/kit';
import { provinceHistory } from '$lib/server/dashboard-service';
import { indicatorRates } from '$lib/server/indicator-rates-service';
import { pageContext } from '$lib/server/page-context';
import { provinceIdentity } from '$lib/server/region-reference';
import { selectorsOf } from '$lib/views/page-base';
import { provincePage } from '$lib/views/province';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const identity = provinceIdentity(event.params.code);
	if (!identity) error(404, `no provincial unit ${event.params.code}`);
	const base = await pageContext(event);
	const { database, year, method } = base;
	const rates = year === null ? null : await indicatorRates(database, year);
	const history = await provinceHistory(database, identity.code, method);
	return {
		code: identity.code,
		selectors: selectorsOf(base),
		page: provincePage(base, identity, rates ?? [], history)
	};
};
