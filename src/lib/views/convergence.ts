/**
 * The convergence section of the disparities page: σ (the CV of every score by round, a line per
 * score) and β (the regression of growth on the initial level, first round to last), computed from
 * the rounds' stored provincial scores by the functions behind the `convergence` export
 * (analysis/convergence.ts; docs/methodology.md section 5.1).
 */
import { betaConvergence, sigmaConvergence, type ConvergenceRound } from '../analysis/convergence.ts';
import { SCORE_KEYS } from '../analysis/rollup.ts';
import { sourceCaption } from '../charts/figure-text.ts';
import { formatNumber, roundTo } from '../charts/format.ts';
import type { ChartTable } from '../charts/table.ts';
import type { TrendData } from '../charts/trend/build.ts';
import { format } from '../i18n/format.ts';
import { roundsProvenance } from './figure-context.ts';
import type { PageBase } from './page-base.ts';
import type { RoundView } from './round-view.ts';

/** β and its standard error are small numbers: four decimals; λ three. */
const DIGITS = 4;

const convergenceRound = (view: RoundView): ConvergenceRound => ({
	year: view.year,
	units: view.provinces.map((p) => ({ code: p.code, scores: p.scores }))
});

/** `rounds`: the round views under the page's method, oldest first; null without any. */
export function convergenceView(base: PageBase, rounds: readonly RoundView[]) {
	const { t, locale, view } = base;
	if (!view || rounds.length === 0) return null;
	const first = rounds[0];
	const last = rounds.at(-1)!;
	const years = first === last ? `${first.year}` : `${first.year}–${last.year}`;
	const points = sigmaConvergence(rounds.map(convergenceRound));
	const sigma: TrendData = {
		locale,
		years: rounds.map((r) => r.year),
		yLabel: t.cv,
		digits: 3,
		series: SCORE_KEYS.map((dimension) => ({
			name: t[dimension],
			values: points.filter((p) => p.dimension === dimension).map((p) => p.cv)
		}))
	};
	return {
		years,
		caption: sourceCaption(t, locale, base.demo, roundsProvenance(view, rounds)),
		sigma: { data: sigma, labels: { year: t.round } },
		beta: first === last ? null : betaTable(base, first, last)
	};
}

function betaTable(base: PageBase, first: RoundView, last: RoundView) {
	const { t, locale } = base;
	const fits = SCORE_KEYS.flatMap((dimension) => {
		const fit = betaConvergence(convergenceRound(first), convergenceRound(last), dimension);
		return fit ? [{ label: t[dimension], fit }] : [];
	});
	if (fits.length === 0) return null;
	const span = last.year - first.year;
	const n = Math.max(...fits.map((f) => f.fit.n));
	return {
		title: format(t.betaTitle, { from: first.year, to: last.year }),
		caption: format(t.betaCaption, { n, from: first.year, to: last.year, span }),
		rows: fits.map(({ label, fit }) => ({
			label,
			beta: formatNumber(fit.beta, locale, DIGITS),
			se: formatNumber(fit.slopeSe, locale, DIGITS),
			rSquared: formatNumber(fit.rSquared, locale, 3),
			n: String(fit.n),
			speed: fit.speed === null ? t.betaNoSpeed : formatNumber(fit.speed, locale, 3)
		})),
		download: {
			columns: [t.betaScore, t.betaSlope, t.betaSe, t.betaT, t.betaIntercept, t.betaR2, t.betaN, t.betaSpeed],
			rows: fits.map(({ label, fit }) => [
				label,
				...[fit.beta, fit.slopeSe, fit.t, fit.intercept, fit.rSquared].map((v) => roundTo(v, 10)),
				fit.n,
				roundTo(fit.speed, 10)
			])
		} satisfies ChartTable
	};
}
