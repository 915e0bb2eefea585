/**
 * Colours of every chart. Categorical series use the Okabe–Ito palette (Okabe & Ito 2008, "Color
 * Universal Design"), which stays distinguishable under the common colour-vision deficiencies.
 * Ordered by contrast on white: the first five reach the 3:1 WCAG 2.1 asks of graphics (1.4.11):
 * blue 5.2, vermillion 3.9, bluish green 3.4, reddish purple 3.1, black 21; orange (2.3) and sky
 * blue (2.3) come only sixth and seventh, and lines also differ by symbol. Yellow (1.3) is left out.
 */
export const CATEGORICAL = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#000000', '#E69F00', '#56B4E9'];

/** Light partner of each categorical colour (the within-zone part of a stack, beside between). */
export const CATEGORICAL_LIGHT = [
	'#56B4E9',
	'#E69F00',
	'#7FCDBB',
	'#E5B8D4',
	'#9E9E9E',
	'#F6D08A',
	'#A6D8F4'
];

/** ColorBrewer YlGnBu, 5 classes, light → dark (Harrower & Brewer 2003; colour-blind safe). */
export const SEQUENTIAL_5 = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'];

/**
 * Regions without data: a neutral grey, hatched (NO_DATA_DECAL in province-map/build.ts) so it
 * does not rely on colour alone (WCAG 1.4.1).
 */
export const NO_DATA = '#e0e0e0';
export const NO_DATA_HATCH = '#8c8c8c';

/** Body text: 14.7:1 on white (WCAG AA needs 4.5:1). */
export const TEXT = '#1f2937';
/** Secondary text (axis labels, notes): 7.6:1 on white. */
export const TEXT_MUTED = '#4b5563';
/** Axis lines and region borders: 4.8:1 on white, above the 3:1 for graphical objects. */
export const AXIS = '#6b7280';
export const GRID_LINE = '#e5e7eb';
/** Fill of box-plot boxes: a tint of the first categorical colour. */
export const BOX_FILL = '#dbeaf5';
/** Equality lines and other references. */
export const REFERENCE = '#4b5563';

/** Distinct line symbols, so series are told apart without colour too. */
export const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'emptyCircle', 'emptyRect', 'emptyTriangle'];

export const categorical = (i: number) => CATEGORICAL[i % CATEGORICAL.length];
export const symbol = (i: number) => SYMBOLS[i % SYMBOLS.length];
