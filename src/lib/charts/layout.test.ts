import { describe, expect, it } from 'vitest';
import {
	fitLabel,
	isCompact,
	laidOut,
	legendHeight,
	legendSizes,
	lineCount,
	textWidth,
	topUnderLegend,
	wrapText
} from './layout.ts';

const PHONE = { width: 366, height: 320 };
const LAPTOP = { width: 632, height: 320 };

describe('isCompact', () => {
	it.each([
		[undefined, false],
		[PHONE, true],
		[{ width: 559, height: 300 }, true],
		[{ width: 560, height: 300 }, false],
		[LAPTOP, false]
	])('%j → %s', (layout, compact) => {
		expect(isCompact(layout)).toBe(compact);
	});
});

describe('textWidth', () => {
	it('counts CJK characters a full em and others by their width class', () => {
		expect(textWidth('新疆生产建设兵团', 12)).toBe(96);
		// Chromium measures "Governance capacity" at 127 px in 12 px DejaVu Sans: never less.
		expect(textWidth('Governance capacity', 12)).toBeGreaterThanOrEqual(127);
		expect(textWidth('Governance capacity', 12)).toBeLessThan(140);
		// And these at 154 and 271 px.
		expect(textWidth('Provincial commission (1)', 12)).toBeGreaterThanOrEqual(154);
		expect(textWidth('Xinjiang Production and Construction Corps †', 12)).toBeGreaterThanOrEqual(271);
	});
});

describe('wrapText', () => {
	it.each([
		['Infrastructure development', 100, 'Infrastructure\ndevelopment'],
		['Governance capacity', 200, 'Governance capacity'],
		// A word longer than the width stays whole rather than being cut in two.
		['Infrastructure', 40, 'Infrastructure'],
		['省级卫生健康委员会', 48, '省级卫生\n健康委员\n会'],
		['Guangdong', 30, 'Guangdong']
	])('%s in %i px', (text, width, wrapped) => {
		expect(wrapText(text, 12, width)).toBe(wrapped);
		expect(lineCount(text, 12, width)).toBe(wrapped.split('\n').length);
	});
});

describe('fitLabel', () => {
	it('keeps a name that fits', () => {
		expect(fitLabel('Beijing †', 12, 100, ' †')).toBe('Beijing †');
	});

	it('cuts a long name to the width with an ellipsis, the mark kept', () => {
		const cut = fitLabel('Xinjiang Production and Construction Corps †', 12, 117, ' †');
		expect(cut).toMatch(/^Xinjiang Prod.*… †$/);
		expect(textWidth(cut, 12)).toBeLessThanOrEqual(117);
		expect(fitLabel('新疆生产建设兵团', 12, 60)).toBe('新疆生产…');
	});
});

describe('legendHeight', () => {
	const groups = [
		'Provincial commission (1)',
		'Municipal commissions (9)',
		'County commissions (51)',
		'Tertiary hospitals (45)',
		'Secondary hospitals (116)',
		'Other hospitals (9)'
	];

	it('is one row on a laptop for a few short names', () => {
		expect(legendHeight(['Guizhou', 'West mean', 'National mean'], LAPTOP)).toBe(24);
		expect(topUnderLegend(['National', 'East'])).toBe(56);
	});

	it('grows by a row for each wrap, with smaller rows on a phone', () => {
		// Two entries a row on a phone (three rows of 11 px, 8 px apart, 5 px padding each side).
		expect(legendHeight(groups, PHONE)).toBe(3 * 11 + 2 * 8 + 10);
		expect(legendHeight(groups, LAPTOP)).toBeGreaterThan(24);
		expect(legendSizes(PHONE)).toMatchObject({ itemWidth: 14, itemGap: 8, textStyle: { fontSize: 11 } });
	});
});

describe('laidOut', () => {
	it('calls the builder with the data, labels and box', () => {
		const option = laidOut(
			(data: number, labels: string, layout) => ({ title: { text: `${labels}${data}${layout?.width}` } }),
			1,
			'x'
		);
		expect(typeof option === 'function' && option(PHONE)).toEqual({ title: { text: 'x1366' } });
	});
});
