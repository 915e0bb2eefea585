/**
 * The charts another site may embed (`/embed/<chart>?…`, in an iframe), all listed here: which
 * settings each reads from its query, the page it comes from, and how tall its frame is. The
 * overview and the province page build their "Embed" snippets from this list, and the embed route
 * answers 404 for any name not in it.
 */
import { escapeHtml } from '../charts/format.ts';

const METHOD_PARAMS = ['normalise', 'weights', 'aggregate'] as const;

interface EmbedSpec {
	/** The query parameters the chart reads; any other is left out of its address. */
	params: readonly string[];
	/** The full page it is a figure of: the overview (in one of its views) or a province's page. */
	page: { overview: 'map' | 'chart' } | 'province';
	/**
	 * The iframe's height in CSS pixels: the figure, its caption and the link back without a scroll
	 * bar in a frame 800 px wide or wider (a narrower one wraps the caption and scrolls a little).
	 */
	height: number;
}

export const EMBED_CHARTS = {
	map: {
		params: ['year', 'dimension', ...METHOD_PARAMS, 'lang'],
		page: { overview: 'map' },
		height: 720
	},
	ranking: {
		params: ['year', ...METHOD_PARAMS, 'lang'],
		page: { overview: 'chart' },
		height: 920
	},
	'province-radar': {
		params: ['province', 'year', ...METHOD_PARAMS, 'lang'],
		page: 'province',
		height: 600
	}
} as const satisfies Record<string, EmbedSpec>;

export type EmbedChart = keyof typeof EMBED_CHARTS;

/** The chart of that name, or null for a name not in the list. */
export function embedChart(name: string): EmbedChart | null {
	return Object.hasOwn(EMBED_CHARTS, name) ? (name as EmbedChart) : null;
}

/** The embedded chart's query: the settings it reads, taken from a page's (or an embed's) address. */
export function embedQuery(chart: EmbedChart, settings: URLSearchParams): string {
	const params = new URLSearchParams();
	for (const name of EMBED_CHARTS[chart].params) {
		const value = settings.get(name);
		if (value) params.set(name, value);
	}
	return params.toString();
}

/**
 * The full page an embedded chart comes from, with the same settings (path and query, for the
 * embed's link back); null for a province chart without a province.
 */
export function fullPagePath(chart: EmbedChart, settings: URLSearchParams): string | null {
	const page: EmbedSpec['page'] = EMBED_CHARTS[chart].page;
	const params = new URLSearchParams(embedQuery(chart, settings));
	if (page === 'province') {
		const code = params.get('province');
		params.delete('province');
		return code && /^\d\d$/.test(code) ? `/province/${code}?${params}` : null;
	}
	params.set('view', page.overview);
	return `/?${params}`;
}

/** The HTML to paste into another page: the chart in a borderless, lazily loaded iframe. */
export function iframeSnippet(chart: EmbedChart, src: string, title: string): string {
	const attributes = [
		['src', src],
		['title', title],
		['width', '100%'],
		['height', String(EMBED_CHARTS[chart].height)],
		['style', 'border: 0; max-width: 100%'],
		['loading', 'lazy']
	]
		.map(([name, value]) => `${name}="${escapeHtml(value)}"`)
		.join(' ');
	return `<iframe ${attributes}></iframe>`;
}
