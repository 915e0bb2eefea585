import { error } from '@sveltejs/kit';
import { pageContext } from '$lib/server/page-context';
import { provinceIdentity } from '$lib/server/region-reference';
import { embedChart } from '$lib/views/embed';
import { selectorsOf } from '$lib/views/page-base';
import { embedFigure } from '$lib/views/embed-figure';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const chart = embedChart(event.params.chart);
	if (!chart) error(404, `no embeddable chart ${event.params.chart}`);
	const code = event.url.searchParams.get('province') ?? '';
	const province = chart === 'province-radar' ? provinceIdentity(code) : null;
	if (chart === 'province-radar' && !province) error(404, `no provincial unit ${code}`);
	// Made to be framed by other sites: security-headers.ts opens frame-ancestors for /embed/ in the
	// page's own policy (a header set here would replace that policy, script hashes and all).
	const base = await pageContext(event);
	return {
		chart,
		year: base.year,
		selectors: selectorsOf(base),
		figure: embedFigure(chart, base, province)
	};
};
