import { previousNational, roundTrend } from '$lib/server/dashboard-service';
import { pageContext } from '$lib/server/page-context';
import { overviewPage } from '$lib/views/overview';
import { selectorsOf } from '$lib/views/page-base';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const base = await pageContext(event);
	const { database, year, method, chosenFramework } = base;
	return {
		selectors: selectorsOf(base, { dimension: true }),
		dimension: base.dimension,
		page: overviewPage(base, {
			previous:
				year === null ? null : await previousNational(database, base.years, year, method, chosenFramework),
			trend: await roundTrend(database, method, chosenFramework)
		})
	};
};
