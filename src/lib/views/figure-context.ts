/** What a page's downloads say about it (charts/figure-text.ts `figureLabels`): demo or not, round, method. */
import type { FigureContext, Provenance } from '../charts/figure-text.ts';
import type { RoundView } from './round-view.ts';
import type { Selectors } from './page-base.ts';

export const figureContext = (demo: boolean, selectors: Selectors): FigureContext => ({
	demo,
	method: selectors.method,
	year: selectors.year,
	few: selectors.provinceThreshold ?? null
});

/**
 * The source line of a figure drawn over several rounds: the years it spans and the respondents
 * of all of them, not those of the round the page shows (framework and method are the page's).
 */
export function roundsProvenance(shown: RoundView, rounds: readonly RoundView[]): Provenance {
	const first = rounds[0]?.year ?? shown.year;
	const last = rounds.at(-1)?.year ?? shown.year;
	return {
		year: first === last ? first : `${first}–${last}`,
		respondents: rounds.reduce((sum, r) => sum + r.respondents, 0),
		frameworkVersion: shown.frameworkVersion,
		method: shown.method
	};
}
