/**
 * A chart made fit for a report: the title, subtitle (round and method), unit and, on the demo
 * data, the synthetic-data notice above the chart; the mark's note, the source line and the date
 * below it — all drawn into the image, so a chart pasted into a document still says what it is and
 * where it comes from. `reportFrame` lays the words out around a chart of a fixed report width
 * (whatever the reader's screen); `reportSvg` writes the frame and the chart's own SVG as one SVG,
 * which the browser also paints to PNG (report-image.ts).
 */

/** The width a downloaded chart is drawn at, in CSS pixels: 1440 pixels wide in a PNG at 2×. */
export const REPORT_WIDTH = 720;
/** The PNG's pixels per CSS pixel. */
export const REPORT_PIXEL_RATIO = 2;

export interface ReportText {
	title: string;
	/** "Round 2024 · Method: …", already joined. */
	subtitle: string | null;
	unit: string | null;
	notice: string | null;
	/** The meaning of a mark the chart's labels carry (†), when they carry one. */
	markNote: string | null;
	source: string;
	generated: string;
}

export interface FrameText {
	text: string;
	x: number;
	/** Baseline. */
	y: number;
	size: number;
	bold: boolean;
	color: string;
}

export interface Frame {
	width: number;
	height: number;
	chart: { x: number; y: number; width: number; height: number };
	texts: FrameText[];
}

const PAD = 24;
const GAP = 10;

interface Style {
	size: number;
	bold?: boolean;
	color: string;
}
const TITLE: Style = { size: 18, bold: true, color: '#111827' };
const SUBTITLE: Style = { size: 13, color: '#374151' };
const UNIT: Style = { size: 12, color: '#4b5563' };
const NOTICE: Style = { size: 12, bold: true, color: '#9a3412' };
const FOOT: Style = { size: 11, color: '#4b5563' };
const lineHeight = (s: Style) => Math.round(s.size * 1.35);

/** Characters drawn a full em wide: CJK ideographs, kana, hangul and full-width forms. */
const WIDE_RANGES = '\\u2e80-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uffef';
const WIDE = new RegExp(`[${WIDE_RANGES}]`, 'u');
/** A wide character alone, a run of other characters with its trailing spaces, or spaces. */
const WORDS = new RegExp(`[${WIDE_RANGES}]|[^\\s${WIDE_RANGES}]+\\s*|\\s+`, 'gu');

/**
 * The width of a text at a font size, estimated: a wide character one em, any other a little over
 * half an em. Estimated rather than measured so the layout is the same everywhere and testable;
 * it errs wide, so a line may wrap early but never runs off the image.
 */
export function textWidth(text: string, size: number, bold = false): number {
	let ems = 0;
	for (const ch of text) ems += WIDE.test(ch) ? 1 : /[A-Z@%&mwMW—–]/.test(ch) ? 0.72 : 0.52;
	return ems * size * (bold ? 1.06 : 1);
}

/** Lines of at most `width`: broken at spaces, or between any two wide characters. */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
	// Words keep their trailing space; each wide character is a word of its own.
	const words = text.match(WORDS) ?? [];
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		if (line && textWidth((line + word).trimEnd(), size, bold) > width) {
			lines.push(line.trimEnd());
			line = word.trimStart();
		} else line += word;
	}
	if (line.trim()) lines.push(line.trimEnd());
	return lines;
}

/** The words laid out around a chart of `chartHeight` at the report width. */
export function reportFrame(text: ReportText, chartHeight: number, width = REPORT_WIDTH): Frame {
	const texts: FrameText[] = [];
	const inner = width - 2 * PAD;
	let y = PAD;
	const block = (content: string | null, style: Style) => {
		if (!content) return;
		for (const line of wrapText(content, inner, style.size, style.bold)) {
			y += lineHeight(style);
			texts.push({
				text: line,
				x: PAD,
				// The baseline sits about a fifth of the line above its bottom.
				y: y - Math.round(lineHeight(style) * 0.22),
				size: style.size,
				bold: !!style.bold,
				color: style.color
			});
		}
		y += 2;
	};
	block(text.title, TITLE);
	block(text.subtitle, SUBTITLE);
	block(text.unit, UNIT);
	block(text.notice, NOTICE);
	y += GAP;
	const chart = { x: 0, y, width, height: chartHeight };
	y += chartHeight + GAP;
	block(text.markNote, FOOT);
	block(text.source, FOOT);
	block(text.generated, FOOT);
	return { width, height: y + PAD - 2, chart, texts };
}

const FONT =
	"'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Helvetica Neue', Arial, sans-serif";

const xml = (text: string) =>
	text.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!
	);

/**
 * One SVG of the frame with the chart (ECharts' `renderToSVGString` of the same size) nested in
 * its place, on white: a file that opens alike in a browser, Word or Inkscape.
 */
export function reportSvg(frame: Frame, chartSvg: string): string {
	const { width, height, chart } = frame;
	// The chart was drawn at the frame's chart size: placing its root <svg> is all it needs.
	const nested = chartSvg
		.replace(/^\s*<\?xml[^>]*\?>\s*/, '')
		.replace(/^\s*<svg\b/, `<svg x="${chart.x}" y="${chart.y}"`);
	const lines = frame.texts.map(
		(t) =>
			`<text x="${t.x}" y="${t.y}" font-size="${t.size}"${t.bold ? ' font-weight="bold"' : ''} fill="${t.color}">${xml(t.text)}</text>`
	);
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
		`<rect width="${width}" height="${height}" fill="#ffffff"/>`,
		`<g font-family="${xml(FONT)}">`,
		...lines,
		'</g>',
		nested,
		'</svg>'
	].join('\n');
}

/** The subtitle: the round and the method, those known, joined. */
export const subtitleOf = (...parts: (string | null | undefined)[]): string | null =>
	parts.filter(Boolean).join(' · ') || null;
