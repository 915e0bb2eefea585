import { describe, expect, it } from 'vitest';
import { EMBED_CHARTS, embedChart, embedQuery, fullPagePath, iframeSnippet } from './embed.ts';

const settings = (query: string) => new URLSearchParams(query);

describe('the embeddable charts', () => {
	it('are the overview map and ranking and the province radar; any other name is none', () => {
		expect(Object.keys(EMBED_CHARTS)).toEqual(['map', 'ranking', 'province-radar']);
		expect(embedChart('map')).toBe('map');
		expect(embedChart('province-radar')).toBe('province-radar');
		for (const name of ['radar', 'toString', '__proto__', '', 'MAP']) expect(embedChart(name)).toBeNull();
	});

	it.each([
		[
			'map',
			'view=map&dimension=governance&year=2019&lang=en&weights=entropy',
			'year=2019&dimension=governance&weights=entropy&lang=en'
		],
		['ranking', 'view=chart&dimension=governance&year=2019&lang=zh-CN', 'year=2019&lang=zh-CN'],
		['province-radar', 'year=2024&lang=en&province=44&p=11,31', 'province=44&year=2024&lang=en']
	] as const)('%s keeps only the settings it reads', (chart, query, kept) => {
		expect(embedQuery(chart, settings(query))).toBe(kept);
	});

	it.each([
		['map', 'year=2019&dimension=governance&lang=en', '/?year=2019&dimension=governance&lang=en&view=map'],
		[
			'ranking',
			'year=2019&normalise=minmax&lang=zh-CN',
			'/?year=2019&normalise=minmax&lang=zh-CN&view=chart'
		],
		['province-radar', 'province=44&year=2024&lang=en', '/province/44?year=2024&lang=en'],
		['province-radar', 'year=2024&lang=en', null],
		['province-radar', 'province=../data&lang=en', null]
	] as const)('%s links back to its full page with the same settings', (chart, query, path) => {
		expect(fullPagePath(chart, settings(query))).toBe(path);
	});

	it('gives an iframe snippet with the address and the title escaped, sized for the chart', () => {
		const snippet = iframeSnippet(
			'map',
			'https://himap.example/embed/map?year=2024&lang=en',
			'Provinces by "Composite index", 2024 <draft>'
		);
		expect(snippet).toBe(
			'<iframe src="https://himap.example/embed/map?year=2024&amp;lang=en" ' +
				'title="Provinces by &quot;Composite index&quot;, 2024 &lt;draft&gt;" width="100%" ' +
				`height="${EMBED_CHARTS.map.height}" style="border: 0; max-width: 100%" loading="lazy"></iframe>`
		);
	});
});
