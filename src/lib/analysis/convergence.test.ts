import { describe, expect, it } from 'vitest';
import {
	betaConvergence,
	betaConvergenceAll,
	convergencePairs,
	sigmaConvergence,
	type ConvergenceRound
} from './convergence.ts';
import { cv } from './disparity/cv.ts';
import type { ScoreKey } from './rollup.ts';

const scores = (composite: number, governance = composite): Record<ScoreKey, number> => ({
	governance,
	infrastructure: composite,
	application: composite,
	composite
});
const round = (year: number, values: number[], codes = values.map((_, i) => `${11 + i}`)) => ({
	year,
	units: values.map((v, i) => ({ code: codes[i], scores: scores(v) }))
});

// Six units over 2018–2024, and what R 4 gives for them:
//   x0 <- c(42.5, 55.1, 61.3, 38.9, 70.2, 48.7); xT <- c(58.0, 63.4, 68.8, 55.2, 74.9, 60.1)
//   T <- 6; g <- (log(xT) - log(x0)) / T; s <- summary(lm(g ~ log(x0))); coef(s); s$r.squared
//   -log(1 + coef(s)[2, 1] * T) / T
// printed with sprintf("%.17g").
const X0 = [42.5, 55.1, 61.3, 38.9, 70.2, 48.7];
const XT = [58.0, 63.4, 68.8, 55.2, 74.9, 60.1];
const R = {
	intercept: 0.36140373736975234,
	interceptSe: 0.027087035827674882,
	beta: -0.083210299034540816,
	betaSe: 0.0068563039056852397,
	t: -12.136320119290939,
	rSquared: 0.97356075770930439,
	speed: 0.11527864296640837
};

describe('betaConvergence', () => {
	it("matches R's lm on annualised log growth against the log of the initial level", () => {
		const fit = betaConvergence(round(2018, X0), round(2024, XT), 'composite')!;
		expect(fit.n).toBe(6);
		expect(fit.intercept).toBeCloseTo(R.intercept, 14);
		expect(fit.interceptSe).toBeCloseTo(R.interceptSe, 14);
		expect(fit.beta).toBeCloseTo(R.beta, 14);
		expect(fit.slopeSe).toBeCloseTo(R.betaSe, 14);
		expect(fit.t).toBeCloseTo(R.t, 11);
		expect(fit.rSquared).toBeCloseTo(R.rSquared, 14);
		expect(fit.speed).toBeCloseTo(R.speed, 14);
		expect([fit.yearFrom, fit.yearTo, fit.dimension]).toEqual([2018, 2024, 'composite']);
	});

	it('pairs units by code whatever their order, and leaves out those missing or at 0 in either round', () => {
		const codes = ['11', '12', '13', '14', '15', '16'];
		const shuffled = round(2024, [...XT].reverse(), [...codes].reverse());
		const from = round(2018, [...X0, 50], [...codes, '17']);
		const to = { ...shuffled, units: [...shuffled.units, { code: '18', scores: scores(60) }] };
		expect(betaConvergence(from, to, 'composite')!.beta).toBeCloseTo(R.beta, 14);
		const zero = round(2024, [...XT.slice(0, 5), 0]);
		expect(betaConvergence(round(2018, X0), zero, 'composite')!.n).toBe(5);
	});

	it('has no speed when scores diverge (β ≥ 0)', () => {
		const fit = betaConvergence(round(2018, [40, 50, 60]), round(2020, [41, 55, 70]), 'composite')!;
		expect(fit.beta).toBeGreaterThan(0);
		expect(fit.speed).toBeNull();
	});

	it('fits two units without a standard error, and nothing when the initial levels are equal', () => {
		const two = betaConvergence(round(2018, [40, 60]), round(2019, [50, 62]), 'composite')!;
		expect(two.n).toBe(2);
		expect([two.slopeSe, two.interceptSe, two.t]).toEqual([null, null, null]);
		expect(betaConvergence(round(2018, [50, 50]), round(2019, [55, 60]), 'composite')).toBeNull();
		expect(betaConvergence(round(2018, [50]), round(2019, [55]), 'composite')).toBeNull();
	});

	it('refuses rounds out of order', () => {
		expect(() => betaConvergence(round(2020, X0), round(2018, XT), 'composite')).toThrow(RangeError);
	});
});

describe('sigmaConvergence', () => {
	it("is the disparity table's CV of every score in every round", () => {
		const rounds: ConvergenceRound[] = [
			{ year: 2018, units: X0.map((v, i) => ({ code: `${i}`, scores: scores(v, v / 2) })) },
			round(2019, XT)
		];
		const points = sigmaConvergence(rounds);
		expect(points).toHaveLength(8);
		expect(points[0]).toEqual({ year: 2018, dimension: 'governance', cv: cv(X0.map((v) => v / 2)), n: 6 });
		expect(points.find((p) => p.year === 2019 && p.dimension === 'composite')!.cv).toBe(cv(XT));
	});

	it('is null where every score is 0 or there is none', () => {
		const points = sigmaConvergence([round(2018, [0, 0]), round(2019, [])]);
		expect(points.map((p) => p.cv)).toEqual(new Array(8).fill(null));
	});
});

describe('convergencePairs', () => {
	it.each([
		[[2018], []],
		[[2019, 2018], [[2018, 2019]]],
		[
			[2018, 2019, 2021],
			[
				[2018, 2019],
				[2018, 2021],
				[2019, 2021]
			]
		]
	])('pairs %j as %j', (years, pairs) => expect(convergencePairs(years)).toEqual(pairs));
});

describe('betaConvergenceAll', () => {
	it('fits every pair and score, oldest end first', () => {
		const fits = betaConvergenceAll([
			round(2018, X0),
			round(2019, XT),
			round(
				2020,
				X0.map((v) => v + 5)
			)
		]);
		expect(fits.map((f) => `${f.yearFrom}-${f.yearTo}:${f.dimension}`).slice(0, 5)).toEqual([
			'2018-2019:governance',
			'2018-2019:infrastructure',
			'2018-2019:application',
			'2018-2019:composite',
			'2018-2020:governance'
		]);
		expect(fits).toHaveLength(12);
	});
});
