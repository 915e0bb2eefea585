import { describe, expect, it } from 'vitest';
import { DEFAULT_FRAMEWORK } from '../server/framework-store.ts';
import { entriesFor } from './columns.ts';
import { fitEntry, transformerOf, type IndicatorTransform } from './indicator-transform.ts';
import { parseMethod } from './method.ts';
import { NORMALISE_METHODS, normaliseColumn } from './normalise.ts';
import { treatOutliers } from './outliers.ts';
import { mulberry32 } from './random.ts';
import type { ScoringReport } from './score.ts';

const entry = entriesFor(DEFAULT_FRAMEWORK, 'county').find((e) => e.indicator.id === 'it_staff')!;

/** A skewed column with ties, missing cells and a far outlier: what winsorisation treats. */
function column(seed: number): Float64Array {
	const rng = mulberry32(seed);
	return Float64Array.from({ length: 400 }, (_, i) =>
		i % 37 === 0 ? NaN : i % 101 === 0 ? 900 + i : Math.floor(rng() ** 3 * 40)
	);
}

/** The transform as the run stores it: through JSON. */
const stored = (t: IndicatorTransform): IndicatorTransform => JSON.parse(JSON.stringify(t));

describe('indicator transforms', () => {
	it.each(NORMALISE_METHODS)('make every value of the column again, bit for bit, under %s', (normalise) => {
		for (const seed of [1, 2, 3]) {
			const raw = column(seed);
			const report: ScoringReport = { outliers: [], weights: {} };
			const { column: scored, transform } = fitEntry(
				'county',
				entry,
				raw,
				parseMethod({ normalise }),
				report
			);
			const step = transformerOf(stored(transform));
			const again = Array.from(raw, (v) => step.normalise(step.treat(v)));
			expect(again).toEqual(Array.from(scored));
			// Winsorised exactly where the method treats outliers, and the clip is the treatment.
			const treats = normalise === 'minmax' || normalise === 'zscore';
			expect(transform.clip !== null).toBe(treats);
			expect(report.outliers.length).toBe(treats ? 1 : 0);
			if (treats) {
				const treated = treatOutliers(Array.from(raw)).values.map((v) => v ?? NaN);
				expect(Array.from(raw, (v) => step.treat(v))).toEqual(treated);
			}
		}
	});

	it('flip a negative indicator as normalisation does', () => {
		const raw = column(4);
		for (const method of NORMALISE_METHODS) {
			const negative = { ...entry, indicator: { ...entry.indicator, direction: 'negative' as const } };
			const report: ScoringReport = { outliers: [], weights: {} };
			const { transform } = fitEntry(
				'county',
				negative,
				raw,
				parseMethod({ normalise: method, outliers: 'raw' }),
				report
			);
			const step = transformerOf(stored(transform));
			expect(Array.from(raw, (v) => step.normalise(v))).toEqual(
				Array.from(normaliseColumn(method, raw, entry.indicator.goalposts.county!, true))
			);
		}
	});

	it('leave a column with nothing present missing', () => {
		const raw = new Float64Array([NaN, NaN]);
		for (const method of NORMALISE_METHODS) {
			const report: ScoringReport = { outliers: [], weights: {} };
			const { transform } = fitEntry('county', entry, raw, parseMethod({ normalise: method }), report);
			expect(Number.isNaN(transformerOf(stored(transform)).normalise(NaN))).toBe(true);
		}
	});
});
