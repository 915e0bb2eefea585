/**
 * Draws a chart for a report in the browser: ECharts renders the builder's option off-screen at the
 * report width with its SVG renderer (so the file does not depend on the reader's screen), the frame
 * of words goes round it (report-frame.ts), and the PNG is that same SVG painted at 2×. Loaded only
 * when a reader downloads a chart, so the SVG renderer is not in the page's first bytes.
 */
import type { ChartOption } from './layout.ts';
import { SVGRenderer } from 'echarts/renderers';
import { echarts, ensureMap } from './echarts-setup.ts';
import {
	REPORT_PIXEL_RATIO,
	REPORT_WIDTH,
	reportFrame,
	reportSvg,
	type Frame,
	type ReportText
} from './report-frame.ts';

echarts.use(SVGRenderer);

export interface ReportImage {
	svg: string;
	frame: Frame;
}

/** The chart with its words as one SVG document. */
export async function reportImage(
	option: ChartOption,
	text: ReportText,
	chartHeight: number,
	map?: { name: string; url: string }
): Promise<ReportImage> {
	if (map) await ensureMap(map.name, map.url);
	const frame = reportFrame(text, chartHeight, REPORT_WIDTH);
	const chart = echarts.init(null, null, {
		renderer: 'svg',
		ssr: true,
		width: frame.chart.width,
		height: frame.chart.height
	});
	try {
		// A builder lays the chart out for the report's width, whatever the screen's.
		const laid = typeof option === 'function' ? option(frame.chart) : option;
		chart.setOption({ ...laid, animation: false }, { notMerge: true });
		return { svg: reportSvg(frame, chart.renderToSVGString()), frame };
	} finally {
		chart.dispose();
	}
}

/** The SVG painted onto a canvas at the report's pixel ratio, as a PNG blob. */
export async function pngOf({ svg, frame }: ReportImage): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = frame.width * REPORT_PIXEL_RATIO;
		canvas.height = frame.height * REPORT_PIXEL_RATIO;
		const context = canvas.getContext('2d')!;
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
