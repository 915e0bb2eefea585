import { describe, expect, it } from 'vitest';
import { betaConvergence } from '../analysis/convergence.ts';
import { cv } from '../analysis/disparity/index.ts';
import { convergenceView } from './convergence.ts';
import { scores, testBase, testRound } from './testing.ts';

/** Four provinces, catching up: the lower a province starts, the more it gains by 2024. */
const early = testRound(2018, {
	provinces: testRound().provinces.map((p) => ({ ...p, scores: scores(p.scores.composite ** 2 / 100) }))
});
const middle = testRound(2021, {
	provinces: testRound().provinces.map((p) => ({ ...p, scores: scores(p.scores.composite * 0.8) }))
});
const late = testRound(2024);
const units = (round: typeof late) => ({
	year: round.year,
	units: round.provinces.map((p) => ({ code: p.code, scores: p.scores }))
});

describe('convergenceView', () => {
	it('is nothing without a round', () => {
		expect(convergenceView(testBase('en', { view: null }), [])).toBeNull();
		expect(convergenceView(testBase('en'), [])).toBeNull();
	});

	it('draws the CV of every score by round, the disparity table’s CV', () => {
		const v = convergenceView(testBase('en'), [early, middle, late])!;
		expect(v.sigma.data.years).toEqual([2018, 2021, 2024]);
		expect(v.sigma.data.series.map((s) => s.name)).toEqual([
			'Governance capacity',
			'Infrastructure development',
			'Application efficacy',
			'Composite index'
		]);
		const composite = v.sigma.data.series[3].values;
		expect(composite[2]).toBe(cv(late.provinces.map((p) => p.scores.composite)));
		// Catching up: the spread relative to the mean narrows.
		expect(composite[0]!).toBeGreaterThan(composite[2]!);
		expect(v.caption).toContain('2018–2024');
	});

	it('counts the respondents of every round drawn in its source line, not the shown round’s alone', () => {
		const rounds = [early, middle, late].map((r, i) => ({ ...r, respondents: [100, 250, 1000][i] }));
		const v = convergenceView(testBase('en', { view: rounds[2] }), rounds)!;
		expect(v.caption).toContain('2018–2024; 1,350 respondents');
	});

	it('fits β from the first round to the last, for every score, with the method and rounds in words', () => {
		const v = convergenceView(testBase('en'), [early, middle, late])!;
		const beta = v.beta!;
		expect(beta.title).toBe('β-convergence of provincial scores, 2018–2024');
		expect(beta.caption).toContain('across 4 provinces');
		expect(beta.caption).toContain('/ 6');
		const fit = betaConvergence(units(early), units(late), 'composite')!;
		expect(beta.rows[3]).toEqual({
			label: 'Composite index',
			beta: fit.beta.toFixed(4),
			se: fit.slopeSe!.toFixed(4),
			rSquared: fit.rSquared!.toFixed(3),
			n: '4',
			speed: fit.speed!.toFixed(3)
		});
		expect(fit.beta).toBeLessThan(0);
		expect(beta.download.columns).toHaveLength(8);
		expect(beta.download.rows[3].slice(0, 2)).toEqual([
			'Composite index',
			Math.round(fit.beta * 1e10) / 1e10
		]);
	});

	it('says when scores diverge rather than giving a speed, in Chinese too', () => {
		const apart = testRound(2024, {
			provinces: early.provinces.map((p) => ({ ...p, scores: scores(p.scores.composite ** 1.2) }))
		});
		const v = convergenceView(testBase('zh-CN'), [early, apart])!;
		expect(v.beta!.rows.every((r) => r.speed === '无（β ≥ 0）')).toBe(true);
		expect(v.beta!.title).toBe('各省得分的β收敛，2018–2024');
	});

	it('draws σ but fits no β with one round', () => {
		const v = convergenceView(testBase('en'), [late])!;
		expect(v.years).toBe('2024');
		expect(v.sigma.data.series[0].values).toHaveLength(1);
		expect(v.beta).toBeNull();
	});
});
