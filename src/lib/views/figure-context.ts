/** What a page's downloads say about it (charts/figure-text.ts `figureLabels`): demo or not, round, method. */
import type { FigureContext } from '../charts/figure-text.ts';
import type { Selectors } from './page-base.ts';

export const figureContext = (demo: boolean, selectors: Selectors): FigureContext => ({
	demo,
	method: selectors.method,
	year: selectors.year,
	few: selectors.provinceThreshold ?? null
});
