import { provinceData } from '$lib/server/province-data';
import { provinceBrief } from '$lib/views/province-brief';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { identity, base, rates, history } = await provinceData(event);
	return { code: identity.code, brief: provinceBrief(base, identity, rates, history) };
};
