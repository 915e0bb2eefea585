import { provinceData } from '$lib/server/province-data';
import { selectorsOf } from '$lib/views/page-base';
import { provincePage } from '$lib/views/province';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { identity, base, rates, history } = await provinceData(event);
	return {
		code: identity.code,
		selectors: selectorsOf(base),
		page: provincePage(base, identity, rates, history)
	};
};
