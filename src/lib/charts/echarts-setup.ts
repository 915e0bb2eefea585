/**
 * ECharts with only the parts the builders use (tree-shaken `echarts/core`). Imported dynamically by
 * Chart.svelte, so it is a browser-only chunk and never runs during server rendering.
 */
import { BarChart, BoxplotChart, LineChart, MapChart, RadarChart, ScatterChart } from 'echarts/charts';
import {
	AriaComponent,
	GridComponent,
	LegendComponent,
	TitleComponent,
	TooltipComponent,
	VisualMapPiecewiseComponent
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
	MapChart,
	BarChart,
	LineChart,
	RadarChart,
	BoxplotChart,
	ScatterChart,
	GridComponent,
	TooltipComponent,
	LegendComponent,
	VisualMapPiecewiseComponent,
	TitleComponent,
	AriaComponent,
	CanvasRenderer
]);

export { echarts };

const maps = new Map<string, Promise<void>>();

/**
 * Fetches a GeoJSON map once per URL and registers it under `name`; later calls share the promise.
 * A failed fetch is forgotten, so the next chart retries.
 */
export function ensureMap(name: string, url: string): Promise<void> {
	const key = `${name} ${url}`;
	let loading = maps.get(key);
	if (!loading) {
		loading = fetch(url)
			.then((response) => {
				if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
				return response.json();
			})
			.then((geoJson) => echarts.registerMap(name, geoJson));
		loading.catch(() => maps.delete(key));
		maps.set(key, loading);
	}
	return loading;
}
