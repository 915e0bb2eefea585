/**
 * What an embedded chart draws (src/routes/embed/): one figure taken from the view of the page it
 * belongs to — the overview's map or ranking, a province's radar — with its title, source line and
 * file name, so that the embed and the full page show the same figures. Null when there is
 * nothing to show (no round scored, a province not in the round).
 */
import { format } from '../i18n/format.ts';
import type { EmbedChart } from './embed.ts';
import { overviewPage } from './overview.ts';
import type { PageBase } from './page-base.ts';
import { provincePage, type ProvinceIdentity } from './province.ts';

export function embedFigure(chart: EmbedChart, base: PageBase, province: ProvinceIdentity | null) {
	const { t, dimension } = base;
	if (chart === 'province-radar') {
		// Neither the indicator rates nor the history are drawn: the radar needs the round alone.
		const page = province && provincePage(base, province, [], []);
		const shown = page?.shown;
		if (!province || !page || !shown) return null;
		return {
			chart,
			title: format(t.radarTitle, { name: page.title, zone: shown.zone, year: shown.year }),
			caption: shown.caption,
			radar: shown.radar,
			fileName: `himap-${province.code}-radar-${shown.year}`
		};
	}
	const page = overviewPage(base, { previous: null, trend: [] });
	if (!page) return null;
	const { year, caption } = page;
	return chart === 'map'
		? {
				chart,
				title: format(t.mapTitle, { dimension: t[dimension], year }),
				caption,
				map: page.map,
				fileName: `himap-map-${year}-${dimension}`
			}
		: {
				chart,
				title: format(t.rankingTitle, { year }),
				caption,
				ranking: page.ranking,
				fileName: `himap-ranking-${year}`
			};
}

export type EmbedFigure = NonNullable<ReturnType<typeof embedFigure>>;
