/**
 * Convergence of provincial scores across survey rounds (docs/methodology.md section 5.1): σ, the
 * coefficient of variation by round (the `disparity` table's `cv`), and β, the Barro regression of
 * annualised growth on the initial level. Pure: rounds come in as the provinces' stored scores.
 */
import { cv } from './disparity/cv.ts';
import { olsFit, type OlsFit } from './ols.ts';
import { SCORE_KEYS, type ScoreKey } from './rollup.ts';

/** A round as convergence reads it: each unit's scores. */
export interface ConvergenceRound {
	year: number;
	units: readonly { code: string; scores: Record<ScoreKey, number> }[];
}

export interface SigmaPoint {
	year: number;
	dimension: ScoreKey;
	/** Population SD / mean over the round's units; null with no unit or a mean of 0. */
	cv: number | null;
	n: number;
}

/** σ-convergence: the CV of every score in every round. */
export function sigmaConvergence(rounds: readonly ConvergenceRound[]): SigmaPoint[] {
	return rounds.flatMap((round) =>
		SCORE_KEYS.map((dimension) => {
			const values = round.units.map((u) => u.scores[dimension]);
			// Scores are ≥ 0: a CV needs one above 0 (a mean above 0).
			const defined = values.some((v) => v > 0);
			return { year: round.year, dimension, cv: defined ? cv(values) : null, n: values.length };
		})
	);
}

export interface BetaFit extends OlsFit {
	yearFrom: number;
	yearTo: number;
	dimension: ScoreKey;
	/** The regression's β (OlsFit.slope). */
	beta: number;
	/** λ = −ln(1 + βT) / T when β < 0 and 1 + βT > 0; null otherwise (no convergence to speak of). */
	speed: number | null;
}

/**
 * β-convergence between two rounds, for one score: over the units scored above 0 in both, OLS of
 * g_i = (ln x_iT − ln x_i0) / T on ln x_i0, with T = yearTo − yearFrom in years. Null when fewer
 * than two units qualify or their initial levels are all equal.
 */
export function betaConvergence(
	from: ConvergenceRound,
	to: ConvergenceRound,
	dimension: ScoreKey
): BetaFit | null {
	const span = to.year - from.year;
	if (span <= 0) throw new RangeError(`round ${to.year} does not follow round ${from.year}`);
	const initial = new Map(from.units.map((u) => [u.code, u.scores[dimension]]));
	const x: number[] = [];
	const g: number[] = [];
	// Sorted by code, so the sums are taken in one order whatever order the rounds list units in.
	for (const unit of [...to.units].sort((a, b) => a.code.localeCompare(b.code))) {
		const x0 = initial.get(unit.code);
		const xT = unit.scores[dimension];
		if (x0 === undefined || !(x0 > 0) || !(xT > 0)) continue;
		x.push(Math.log(x0));
		g.push((Math.log(xT) - Math.log(x0)) / span);
	}
	const fit = olsFit(x, g);
	if (!fit) return null;
	const decay = 1 + fit.slope * span;
	return {
		...fit,
		yearFrom: from.year,
		yearTo: to.year,
		dimension,
		beta: fit.slope,
		speed: fit.slope < 0 && decay > 0 ? -Math.log(decay) / span : null
	};
}

/**
 * The pairs of rounds ending at each round but the first: from the first round, and from the
 * round before when that is another (the `convergence` export's β rows, in this order).
 */
export function convergencePairs(years: readonly number[]): [number, number][] {
	const sorted = [...years].sort((a, b) => a - b);
	return sorted.slice(1).flatMap((to, k): [number, number][] => {
		const previous = sorted[k];
		return previous === sorted[0]
			? [[sorted[0], to]]
			: [
					[sorted[0], to],
					[previous, to]
				];
	});
}

/** β for every pair of convergencePairs and every score, fits that cannot be made left out. */
export function betaConvergenceAll(rounds: readonly ConvergenceRound[]): BetaFit[] {
	const byYear = new Map(rounds.map((r) => [r.year, r]));
	return convergencePairs([...byYear.keys()]).flatMap(([a, b]) =>
		SCORE_KEYS.flatMap((dimension) => betaConvergence(byYear.get(a)!, byYear.get(b)!, dimension) ?? [])
	);
}
