import { describe, expect, it } from 'vitest';
import { kurtosis, skewness, treatOutliers } from './outliers.ts';

// Reference: data/reference/inequality-test-vectors.md, "Composite-indicator checks".
const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100];

describe('skewness and kurtosis (type 2)', () => {
	it.each([
		['reference x', x, 3.063241, 9.741391],
		['reference x after 100 → 30', [...x.slice(0, 11), 30], 1.712038, 1.815781],
		// Symmetric data: G1 = 0; 1…5 has g2 = 6.8/4 − 3 = −1.3, G2 = ((6)(−1.3) + 6)·4 / (3·2) = −1.2.
		['1…5', [1, 2, 3, 4, 5], 0, -1.2]
	])('%s', (_name, values, skew, kurt) => {
		expect(skewness(values)).toBeCloseTo(skew, 6);
		expect(kurtosis(values)).toBeCloseTo(kurt, 6);
	});

	it('skips missing values and is NaN when undefined', () => {
		expect(skewness([null, ...x, NaN])).toBeCloseTo(3.063241, 6);
		expect(skewness([1, 2])).toBeNaN();
		expect(kurtosis([1, 2, 3])).toBeNaN();
		expect(skewness([0.1, 0.1, 0.1, 0.1])).toBeNaN();
	});
});

describe('treatOutliers', () => {
	it('winsorises the reference point 100 → 30 and stops', () => {
		const { values, report } = treatOutliers(x);
		expect(values).toEqual([...x.slice(0, 11), 30]);
		expect(report.treated).toBe(true);
		expect(report.points).toEqual([{ index: 11, from: 100, to: 30 }]);
		expect(report.steps).toBe(1);
		expect(report.skewBefore).toBeCloseTo(3.063241, 6);
		expect(report.kurtosisBefore).toBeCloseTo(9.741391, 6);
		expect(report.skewAfter).toBeCloseTo(1.712038, 6);
		expect(report.kurtosisAfter).toBeCloseTo(1.815781, 6);
		expect(x[11]).toBe(100);
	});

	it('leaves missing cells alone and keeps their positions', () => {
		const { values, report } = treatOutliers([null, ...x, NaN]);
		expect(values[0]).toBeNull();
		expect(values[13]).toBeNaN();
		expect(report.points).toEqual([{ index: 12, from: 100, to: 30 }]);
	});

	it('treats the lower tail when skew is negative', () => {
		const { values, report } = treatOutliers(x.map((v) => -v));
		expect(report.points).toEqual([{ index: 11, from: -100, to: -30 }]);
		expect(values[11]).toBe(-30);
	});

	it.each([
		['well-behaved data', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
		['too few values', [1, 2, 100]],
		['constant', [5, 5, 5, 5, 5]]
	])('does nothing for %s', (_name, values) => {
		const { values: out, report } = treatOutliers(values);
		expect(out).toEqual(values);
		expect(report).toMatchObject({ treated: false, points: [], steps: 0 });
	});

	it('does not treat when only one of skew and kurtosis is over its threshold', () => {
		// x has skew 3.06 > 1 but kurtosis 9.74 < 20.
		expect(treatOutliers(x, { skew: 1, kurtosis: 20 }).report.treated).toBe(false);
	});

	it('moves ties at the extreme together in one step', () => {
		const heavy = [...Array.from({ length: 20 }, (_, i) => i % 3), 50, 60, 70, 1000, 1000];
		const { report } = treatOutliers(heavy, { maxSteps: 1 });
		expect(report.steps).toBe(1);
		expect(report.points).toEqual([
			{ index: 23, from: 1000, to: 70 },
			{ index: 24, from: 1000, to: 70 }
		]);
	});

	it('stops after five steps and reports the indicator as still skewed', () => {
		// 100 small values plus eight far, distinct outliers 100…800: five steps clip 800…400 to 300.
		const far = [...Array.from({ length: 100 }, (_, i) => i % 3), 100, 200, 300, 400, 500, 600, 700, 800];
		const { values, report } = treatOutliers(far);
		expect(report.steps).toBe(5);
		expect(report.points).toEqual(
			[400, 500, 600, 700, 800].map((from, i) => ({ index: 103 + i, from, to: 300 }))
		);
		expect(Math.max(...(values as number[]))).toBe(300);
		// scipy.stats.skew(…, bias=False) after the five steps.
		expect(report.skewAfter).toBeCloseTo(3.5789249657727478, 9);
		expect(report.kurtosisAfter).toBeGreaterThan(3.5);
	});
});
