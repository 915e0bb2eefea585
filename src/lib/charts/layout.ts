/**
 * The size a chart is drawn at, for builders that lay their labels out differently on a phone.
 * Chart.svelte measures its box and calls a builder with it; without a layout a builder draws for
 * a laptop. ECharts does not move a grid out of a wrapping legend's way, so builders reserve the
 * legend's rows themselves from an estimate of the text's width (`legendHeight`).
 */
import type { EChartsOption } from 'echarts';
import { legend } from './common.ts';

export interface ChartLayout {
	/** CSS pixels of the chart's box. */
	width: number;
	height: number;
}

/** An option, or a builder of it for the box the chart gets (what Chart.svelte accepts). */
export type ChartOption = EChartsOption | ((layout: ChartLayout) => EChartsOption);

/** Below this width a chart is laid out for a phone: 390 px screens give charts about 366 px. */
export const COMPACT_WIDTH = 560;

export const isCompact = (layout: ChartLayout | undefined): boolean =>
	layout !== undefined && layout.width < COMPACT_WIDTH;

/**
 * Advance widths in em, a little above DejaVu Sans' (the sans-serif Debian's Chromium falls back
 * to, and among the widest): narrow letters and punctuation, wide ones, capitals, the rest.
 */
const EM = [
	{ chars: ' ', em: 0.32 },
	{ chars: "ijlI.,;:!|'", em: 0.3 },
	{ chars: 'ftr()[]-/J', em: 0.42 },
	{ chars: 'mwMW', em: 0.95 }
];

/**
 * A generous width of `text` in pixels at `fontSize`: CJK and other wide characters a full em,
 * others by the classes above (capitals 0.72 em, other letters and digits 0.64). Chromium measures
 * "Governance capacity" at 127 px in 12 px DejaVu Sans, this gives 133. Overestimating only leaves
 * a little space; underestimating lets labels overlap.
 */
export function textWidth(text: string, fontSize: number): number {
	let ems = 0;
	for (const ch of text) {
		if ((ch.codePointAt(0) ?? 0) >= 0x2e80) ems += 1;
		else ems += EM.find((c) => c.chars.includes(ch))?.em ?? (ch >= 'A' && ch <= 'Z' ? 0.72 : 0.64);
	}
	return Math.ceil(ems * fontSize);
}

/** Lines of `text` once `wrapText` has broken it to fit `width` pixels. */
export function lineCount(text: string, fontSize: number, width: number): number {
	return wrapText(text, fontSize, width).split('\n').length;
}

/**
 * A horizontal legend's look: on a phone smaller keys, text and gaps, so six entries take three
 * rows rather than six. `key` is the key's width plus ECharts' 5 px before the text; a row is as
 * high as the larger of key and text, and rows are `itemGap` apart.
 */
const LEGEND_STYLE = {
	wide: { itemWidth: 25, itemHeight: 14, itemGap: 16, fontSize: 12 },
	compact: { itemWidth: 14, itemHeight: 10, itemGap: 8, fontSize: 11 }
};
const LEGEND_PADDING = 5;

const legendStyle = (layout?: ChartLayout) => LEGEND_STYLE[isCompact(layout) ? 'compact' : 'wide'];

/**
 * Height of a horizontal legend of `names` whose items wrap into rows within the chart's width
 * (DEFAULT_WIDTH when not given), padding included.
 */
export function legendHeight(names: readonly string[], layout?: ChartLayout): number {
	const style = legendStyle(layout);
	const usable = (layout?.width ?? DEFAULT_WIDTH) - 2 * LEGEND_PADDING;
	let rows = 1;
	let used = 0;
	for (const name of names) {
		const w = style.itemWidth + 5 + textWidth(name, style.fontSize);
		if (used > 0 && used + style.itemGap + w > usable) {
			rows += 1;
			used = w;
		} else used += (used > 0 ? style.itemGap : 0) + w;
	}
	const row = Math.max(style.itemHeight, style.fontSize);
	return rows * row + (rows - 1) * style.itemGap + 2 * LEGEND_PADDING;
}

/** The legend's size options for the layout, to spread over `common.ts` `legend`. */
export function legendSizes(layout?: ChartLayout) {
	const { itemWidth, itemHeight, itemGap, fontSize } = legendStyle(layout);
	return { itemWidth, itemHeight, itemGap, textStyle: { ...legend.textStyle, fontSize } };
}

/**
 * `text` shortened with an ellipsis to fit `width` pixels at `fontSize`, keeping a trailing `keep`
 * (the few-respondents mark, which must not be cut off with the name).
 */
export function fitLabel(text: string, fontSize: number, width: number, keep = ''): string {
	if (textWidth(text, fontSize) <= width) return text;
	const tail = keep && text.endsWith(keep) ? keep : '';
	const chars = [...text.slice(0, text.length - tail.length)];
	const room = width - textWidth(`…${tail}`, fontSize);
	let used = 0;
	let n = 0;
	while (n < chars.length && used + textWidth(chars[n], fontSize) <= room)
		used += textWidth(chars[n++], fontSize);
	return `${chars.slice(0, n).join('').trimEnd()}…${tail}`;
}

/** The width builders lay out for when the caller gives no box (a laptop's half-width column). */
export const DEFAULT_WIDTH = 640;

/**
 * The grid's top under a legend at the chart's top that wraps into rows, leaving `below` pixels
 * for the value axis's name between them: 56 under a legend of one row on a laptop.
 */
export function topUnderLegend(names: readonly string[], layout?: ChartLayout, below = 32): number {
	return legendHeight(names, layout) + below;
}

/** A legend of `names` at the top and the plot below however many rows it wraps into. */
export function legendAndGrid(names: string[], layout?: ChartLayout, below = 32) {
	return {
		legend: { ...legend, ...legendSizes(layout), data: names },
		grid: {
			left: 8,
			right: 16,
			top: topUnderLegend(names, layout, below),
			bottom: 8,
			outerBoundsMode: 'same' as const,
			outerBoundsContain: 'all' as const
		}
	};
}

/** `text` with line breaks at spaces (CJK anywhere) so that no line is wider than `width`, where words allow. */
export function wrapText(text: string, fontSize: number, width: number): string {
	// Chinese breaks between any two characters; other scripts only at spaces.
	const spaced = /\s/.test(text) || !/[\u2e80-\u9fff\uff00-\uffef]/.test(text);
	const words = spaced ? text.split(/\s+/) : [...text];
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const next = line ? `${line}${spaced ? ' ' : ''}${word}` : word;
		if (line && textWidth(next, fontSize) > width) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	lines.push(line);
	return lines.join('\n');
}

/** A builder bound to its data, for Chart.svelte to call with the box it gets. */
export const laidOut =
	<D, L>(
		build: (data: D, labels: L, layout?: ChartLayout) => EChartsOption,
		data: D,
		labels: L
	): ChartOption =>
	(layout) =>
		build(data, labels, layout);
