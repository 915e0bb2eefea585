import { indicatorRates } from '$lib/server/indicator-rates-service';
import { pageContext } from '$lib/server/page-context';
import { comparePage } from '$lib/views/compare';
import { selectorsOf } from '$lib/views/page-base';
import { chosenProvinces } from '$lib/views/query';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const base = await pageContext(event);
	const codes = chosenProvinces(event.url);
	// The rates are read only once there is something to compare.
	const rates =
		codes.length < 2 || base.year === null ? null : await indicatorRates(base.database, base.year);
	return {
		selectors: selectorsOf(base),
		method: base.method,
		page: comparePage(base, codes, rates ?? [])
	};
};
