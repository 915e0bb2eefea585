import { roundViews } from '$lib/server/dashboard-service';
import { pageContext } from '$lib/server/page-context';
import { disparitiesPage } from '$lib/views/disparities';
import { selectorsOf } from '$lib/views/page-base';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const base = await pageContext(event);
	return {
		selectors: selectorsOf(base, { dimension: true }),
		dimension: base.dimension,
		page: disparitiesPage(
			base,
			base.view ? await roundViews(base.database, base.method, base.chosenFramework) : []
		)
	};
};
