/** Option pieces every chart shares: text colours, tooltip box, axis styling. */
import type {
	DefaultLabelFormatterCallbackParams,
	EChartsOption,
	TooltipComponentFormatterCallbackParams,
	TooltipComponentOption,
	XAXisComponentOption
} from 'echarts';
import { AXIS, CATEGORICAL, GRID_LINE, TEXT, TEXT_MUTED } from './palette.ts';

export const FONT_FAMILY =
	// Single quotes inside: ECharts' SVG renderer writes this into a double-quoted style attribute.
	"system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";

/** Base of every option: palette, text colour and font, no animation (they delay reading). */
export function baseOption(): EChartsOption {
	return {
		color: [...CATEGORICAL],
		textStyle: { color: TEXT, fontFamily: FONT_FAMILY },
		animation: false
	};
}

export function tooltip(
	trigger: 'item' | 'axis',
	formatter?: (params: TooltipComponentFormatterCallbackParams) => string
): TooltipComponentOption {
	return {
		trigger,
		confine: true,
		backgroundColor: '#ffffff',
		borderColor: AXIS,
		textStyle: { color: TEXT, fontSize: 13 },
		...(formatter ? { formatter } : {})
	};
}

/** Axis styling shared by category and value axes (x or y). */
export const axisStyle = {
	axisLine: { lineStyle: { color: AXIS } },
	axisTick: { lineStyle: { color: AXIS } },
	axisLabel: { color: TEXT_MUTED },
	splitLine: { lineStyle: { color: GRID_LINE } },
	nameTextStyle: { color: TEXT_MUTED }
} satisfies XAXisComponentOption;

export const legend = { top: 0, textStyle: { color: TEXT }, itemGap: 16 } as const;

/** The single-item params of an item tooltip (ECharts passes an array for axis tooltips). */
export function firstParam(
	params: TooltipComponentFormatterCallbackParams
): DefaultLabelFormatterCallbackParams {
	return Array.isArray(params) ? params[0] : params;
}

export function paramList(
	params: TooltipComponentFormatterCallbackParams
): DefaultLabelFormatterCallbackParams[] {
	return Array.isArray(params) ? params : [params];
}

/** A tooltip line with the series' colour marker. */
export function tooltipLine(color: string, name: string, value: string): string {
	return `<span style="display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:6px;background:${color}"></span>${name}: <b>${value}</b>`;
}
