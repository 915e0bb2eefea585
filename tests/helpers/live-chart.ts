/**
 * Reads what a page's charts hold from their live ECharts instances, with no test hook in the app:
 * the ECharts module the page loaded (the chunk Chart.svelte imports) is imported again inside the
 * page — same URL, so the same module and the same instance registry — and kept on `window` for
 * later `page.evaluate` calls, which can then call `getInstanceByDom`, `getOption`, `getMap` and
 * `convertToPixel` on the charts the user sees.
 */
import type * as echarts from 'echarts/core';
import type { Page } from 'playwright-core';

declare global {
	interface Window {
		__himapEcharts?: typeof echarts;
	}
}

/** The chart containers (Chart.svelte's div), in a ChartFigure or not. */
export const CHARTS = '.chart[role="img"]';

/** Finds the page's ECharts module (waiting for the page to load it) and keeps it on `window`. */
export async function findEcharts(page: Page): Promise<void> {
	await page.evaluate(async () => {
		// Through Function: the test runner's transform would rewrite an import() written here.
		const load = new Function('url', 'return import(url)') as (
			url: string
		) => Promise<Record<string, unknown>>;
		for (let attempt = 0; attempt < 200; attempt++) {
			const scripts = performance
				.getEntriesByType('resource')
				.map((entry) => entry.name)
				.filter((url) => url.startsWith(location.origin) && url.endsWith('.js'));
			for (const url of scripts) {
				for (const value of Object.values(await load(url))) {
					if (typeof (value as { getInstanceByDom?: unknown } | null)?.getInstanceByDom === 'function') {
						window.__himapEcharts = value as typeof echarts;
						return;
					}
				}
			}
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
		throw new Error('the page never loaded ECharts');
	});
}

/**
 * Waits until every chart container on the page holds an ECharts instance with its series set (a
 * map only gets them once its GeoJSON is registered) and the next frames are painted.
 */
export async function chartsDrawn(page: Page): Promise<void> {
	// The containers are in the server-rendered HTML; ECharts only loads where there are some.
	if ((await page.locator(CHARTS).count()) === 0) return;
	await findEcharts(page);
	await page.waitForFunction((selector) => {
		const charts = [...document.querySelectorAll<HTMLElement>(selector)];
		return charts.every((el) => {
			const series = window.__himapEcharts!.getInstanceByDom(el)?.getOption()?.series;
			return Array.isArray(series) && series.length > 0;
		});
	}, CHARTS);
	await page.evaluate(
		() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
	);
}

export interface MapReading {
	/** Position of the map among the page's charts (`page.locator(CHARTS).nth(index)`). */
	index: number;
	seriesName: string;
	/** Feature names of the GeoJSON registered under the series' map name. */
	registered: string[];
	/**
	 * The series' data items as the chart holds them, the provinces the page gave it (with a `code`):
	 * not the South China Sea inset's (code '', only its name) nor ECharts' own for any region
	 * without an item.
	 */
	items: { name: string; displayName: string; value: number | null }[];
	/** Where ECharts placed each registered region (its centre), in CSS pixels of the chart; null if nowhere. */
	points: Record<string, [number, number] | null>;
	/**
	 * The colour painted at each region's centre: of the colours asked for, the one most of the 5×5
	 * pixels around the centre have exactly (a small region's centre can sit near its border, where
	 * edges blend); null when none of them is there.
	 */
	colours: Record<string, string | null>;
	width: number;
	height: number;
	/** Share of the canvas's pixels that are fully opaque, and how many colours those have. */
	opaqueShare: number;
	distinctColours: number;
}

/**
 * Reads the page's map chart: what is registered, where each region lies, and which of `palette`
 * (lower-case #rrggbb) is painted there.
 */
export async function readMap(page: Page, palette: readonly string[] = []): Promise<MapReading> {
	return page.evaluate(
		([selector, palette]) => {
			const ec = window.__himapEcharts!;
			const containers = [...document.querySelectorAll<HTMLElement>(selector)];
			for (const [index, el] of containers.entries()) {
				const chart = ec.getInstanceByDom(el);
				type Item = { name: string; code?: string; displayName: string; value: number | null };
				const series = (
					chart?.getOption().series as { type?: string; map?: string; name?: string; data?: Item[] }[]
				)?.[0];
				if (!chart || series?.type !== 'map') continue;
				const geo = ec.getMap(series.map!) as { geoJSON: { features: { properties: { name: string } }[] } };
				const registered = geo.geoJSON.features.map((f) => f.properties.name);
				const canvas = el.querySelector('canvas')!;
				const ratio = canvas.width / el.clientWidth;
				const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
				const hex = (i: number) =>
					`#${[pixels[i], pixels[i + 1], pixels[i + 2]].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
				let opaque = 0;
				const distinct = new Set<string>();
				for (let i = 0; i < pixels.length; i += 4) {
					if (pixels[i + 3] !== 255) continue;
					opaque++;
					distinct.add(hex(i));
				}
				const points: Record<string, [number, number] | null> = {};
				const colours: Record<string, string | null> = {};
				for (const name of registered) {
					// A region name gives its centre as [x, y]; the typings only know axis values.
					const p = chart.convertToPixel({ seriesIndex: 0 }, name) as unknown as number[] | undefined;
					if (!p || !p.every(Number.isFinite)) {
						points[name] = null;
						continue;
					}
					points[name] = [p[0], p[1]];
					const counts = new Map<string, number>();
					for (let dy = -2; dy <= 2; dy++)
						for (let dx = -2; dx <= 2; dx++) {
							const x = Math.round(p[0] * ratio) + dx;
							const y = Math.round(p[1] * ratio) + dy;
							const colour = hex(4 * (y * canvas.width + x));
							if (palette.includes(colour)) counts.set(colour, (counts.get(colour) ?? 0) + 1);
						}
					colours[name] = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
				}
				return {
					index,
					seriesName: series.name ?? '',
					registered,
					items: (series.data ?? [])
						.filter((d) => d.code)
						.map((d) => ({ name: d.name, displayName: d.displayName, value: d.value })),
					points,
					colours,
					width: el.clientWidth,
					height: el.clientHeight,
					opaqueShare: opaque / (pixels.length / 4),
					distinctColours: distinct.size
				};
			}
			throw new Error('no map chart on the page');
		},
		[CHARTS, palette.map((c) => c.toLowerCase())] as const
	);
}

/** The bars of the ranking chart under the figure title `title`: category names and values, top first. */
export async function readRanking(page: Page, title: string): Promise<{ names: string[]; values: number[] }> {
	const figure = page.locator('.chart-figure').filter({ has: page.locator('.title', { hasText: title }) });
	return figure.locator('[role="img"]').evaluate((el) => {
		const option = window.__himapEcharts!.getInstanceByDom(el as HTMLElement)!.getOption();
		const axis = (option.yAxis as { data: string[] }[])[0];
		const series = (option.series as { data: { value: number }[] }[])[0];
		return { names: axis.data, values: series.data.map((d) => d.value) };
	});
}
