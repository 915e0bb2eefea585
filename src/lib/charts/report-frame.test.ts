import { describe, expect, it } from 'vitest';
import {
	REPORT_PIXEL_RATIO,
	REPORT_WIDTH,
	reportFrame,
	reportSvg,
	subtitleOf,
	textWidth,
	wrapText,
	type ReportText
} from './report-frame.ts';

const TEXT: ReportText = {
	title: 'Ranking of provincial units, 2024',
	subtitle: 'Round 2024 · Method: Goalposts (default) · Framework (default) · Arithmetic mean (default)',
	unit: 'Unit: score out of 100',
	notice: 'Demo data: synthetic, calibrated to the published national totals.',
	markNote: '† Fewer than 30 respondents: one answer moves this score; read it with care.',
	source: 'Source: HIMAP survey data (synthetic demo); round 2024; 1,650 respondents; framework 1.0.0.',
	generated: 'Generated 2026-01-02 03:04 UTC by HIMAP'
};

describe('report size', () => {
	it('is 1200–1600 pixels wide as a PNG, whatever the screen', () => {
		const px = REPORT_WIDTH * REPORT_PIXEL_RATIO;
		expect(px).toBeGreaterThanOrEqual(1200);
		expect(px).toBeLessThanOrEqual(1600);
	});
});

describe('wrapText', () => {
	it('breaks English at spaces, within the width', () => {
		const lines = wrapText(TEXT.subtitle!, 300, 13);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join(' ')).toBe(TEXT.subtitle);
		for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(300);
	});

	it('breaks Chinese between any two characters, counting each a full em', () => {
		const text = '来源：HIMAP调查数据（合成演示数据）；2024年度；填报机构1650家；框架1.0.0；方法目标值法。';
		const lines = wrapText(text, 200, 10);
		expect(lines.join('')).toBe(text);
		expect(lines.length).toBeGreaterThan(1);
		for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(200);
		expect(textWidth('省份', 10)).toBe(20);
	});

	it('gives one line for a short text and none for an empty one', () => {
		expect(wrapText('Short', 500, 12)).toEqual(['Short']);
		expect(wrapText('', 500, 12)).toEqual([]);
	});
});

describe('reportFrame', () => {
	const frame = reportFrame(TEXT, 400);
	const texts = frame.texts.map((t) => t.text);

	it('puts title, subtitle, unit and notice above the chart; mark, source and date below', () => {
		const above = frame.texts.filter((t) => t.y < frame.chart.y).map((t) => t.text);
		const below = frame.texts.filter((t) => t.y > frame.chart.y + frame.chart.height).map((t) => t.text);
		expect(above[0]).toBe(TEXT.title);
		expect(above.join(' ')).toContain('Round 2024');
		expect(above.join(' ')).toContain('Unit: score out of 100');
		expect(above.join(' ')).toContain('Demo data: synthetic');
		expect(below.join(' ')).toContain('† Fewer than 30');
		expect(below.join(' ')).toContain('1,650 respondents');
		expect(below.at(-1)).toBe(TEXT.generated);
		expect(above.length + below.length).toBe(texts.length);
	});

	it('keeps the chart at the report width and the whole frame around it', () => {
		expect(frame.width).toBe(REPORT_WIDTH);
		expect(frame.chart).toMatchObject({ x: 0, width: REPORT_WIDTH, height: 400 });
		expect(frame.height).toBeGreaterThan(frame.chart.y + 400);
		for (const t of frame.texts) {
			expect(t.x + textWidth(t.text, t.size, t.bold)).toBeLessThanOrEqual(frame.width);
			expect(t.y).toBeLessThan(frame.height);
		}
		expect(frame.texts[0]).toMatchObject({ bold: true, size: 18 });
	});

	it('leaves out what is not there: no notice on real data, no mark note without marks', () => {
		const plain = reportFrame({ ...TEXT, notice: null, markNote: null, subtitle: null }, 300);
		const words = plain.texts.map((t) => t.text).join(' ');
		expect(words).not.toContain('Demo data');
		expect(words).not.toContain('†');
		expect(plain.chart.y).toBeLessThan(frame.chart.y);
	});
});

describe('reportSvg', () => {
	const frame = reportFrame({ ...TEXT, title: 'A & B <2024>' }, 300);
	const chart =
		'<?xml version="1.0"?><svg width="720" height="300" xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10"/></svg>';
	const svg = reportSvg(frame, chart);

	it('is one SVG of the frame size on white, with the words escaped', () => {
		expect(svg.startsWith(`<svg xmlns="http://www.w3.org/2000/svg"`)).toBe(true);
		expect(svg).toContain(`width="${frame.width}" height="${frame.height}"`);
		expect(svg).toContain('fill="#ffffff"');
		expect(svg).toContain('>A &amp; B &lt;2024&gt;</text>');
		expect(svg).not.toContain('<?xml');
	});

	it('nests the chart at its place in the frame', () => {
		expect(svg).toContain(`<svg x="0" y="${frame.chart.y}" width="720" height="300"`);
		expect(svg.trimEnd().endsWith('</svg></svg>') || svg.trimEnd().endsWith('</svg>\n</svg>')).toBe(true);
	});
});

describe('subtitleOf', () => {
	it('joins what is known', () => {
		expect(subtitleOf('Round 2024', null, 'Method: x')).toBe('Round 2024 · Method: x');
		expect(subtitleOf(null, undefined)).toBeNull();
	});
});
