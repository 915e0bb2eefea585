import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFramework } from './framework.ts';
import { DEFAULT_METHOD } from './method.ts';
import { scoreRespondents } from './score.ts';

const framework = parseFramework(
	JSON.parse(readFileSync('data/frameworks/himap-default-1.0.0.json', 'utf8'))
);

const county = {
	group: 'county' as const,
	answers: {
		security_system: 1,
		mlps_evaluated: 0,
		it_staff: 3,
		it_staff_bachelor_pct: 60,
		platform_built: 1,
		did_built: 1,
		ehrd_built: 1,
		emrd_built: 0,
		interop_level: 3,
		tech_cloud: 1,
		tech_bigdata: 1,
		tech_iot: 0,
		tech_mobile: 0,
		tech_ai: 0,
		institutions_connected_pct: 50,
		telemedicine_coverage_pct: 80
	}
};

describe('scoreRespondents (default method)', () => {
	const [score] = scoreRespondents(framework, [county], DEFAULT_METHOD).scores;
	// Worked by hand from the framework's goalposts (county: it_staff 0–9, interop 0–7, …).
	const governance = (100 + (100 * 3) / 9 / 2 + 60 / 2 + 0) / 3; // pillars: security; (staff, bachelor); mlps
	const infrastructure = ((100 + (100 * 2) / 3) / 2 + (100 * 3) / 7 + (100 * 2) / 5) / 3;
	const application = (50 + 80) / 2;
	it('traces a county commission from answers to dimensions', () => {
		expect(score.governance).toBeCloseTo(governance, 10);
		expect(score.infrastructure).toBeCloseTo(infrastructure, 10);
		expect(score.application).toBeCloseTo(application, 10);
	});
	it('averages the dimensions into the composite and stages it', () => {
		const composite = (governance + infrastructure + application) / 3;
		expect(score.composite).toBeCloseTo(composite, 10);
		expect(score.stage).toBe(composite >= 60 ? 4 : 3);
		expect(score.coverage).toBe(1);
		expect(score.flag).toBeNull();
	});
	it('renormalises over what is present and reports coverage', () => {
		const partial = {
			...county,
			answers: { ...county.answers, it_staff_bachelor_pct: undefined, telemedicine_coverage_pct: undefined }
		};
		const [s] = scoreRespondents(framework, [partial as never], DEFAULT_METHOD).scores;
		expect(s.coverage).toBeCloseTo(8 / 10, 12);
		expect(s.application).toBe(50);
		expect(s.governance).toBeCloseTo((100 + (100 * 3) / 9 + 0) / 3, 10);
	});
	it('flags instead of scoring below the coverage threshold, or with an empty dimension', () => {
		const sparse = {
			group: 'county' as const,
			answers: { platform_built: 1, security_system: 1, mlps_evaluated: 1 }
		};
		const noApplication = {
			...county,
			answers: {
				...county.answers,
				institutions_connected_pct: undefined,
				telemedicine_coverage_pct: undefined
			}
		};
		const [a, b] = scoreRespondents(framework, [sparse, noApplication as never], DEFAULT_METHOD).scores;
		expect(a).toMatchObject({ composite: null, stage: null, flag: 'low_coverage' });
		expect(b).toMatchObject({ composite: null, flag: 'empty_dimension' });
	});
	it('scores every method within 0–100', () => {
		const rows = Array.from({ length: 40 }, (_, i) => ({
			group: 'county' as const,
			answers: {
				...county.answers,
				it_staff: i % 12,
				it_staff_bachelor_pct: (i * 7) % 100,
				interop_level: i % 8,
				tech_ai: i % 2
			}
		}));
		for (const normalise of ['goalposts', 'minmax', 'zscore', 'rank'] as const) {
			for (const weights of ['framework', 'entropy', 'critic', 'pca'] as const) {
				for (const aggregate of ['arithmetic', 'geometric'] as const) {
					const { scores } = scoreRespondents(framework, rows, {
						normalise,
						weights,
						aggregate,
						outliers: true
					});
					for (const s of scores) {
						expect(s.composite, `${normalise}/${weights}/${aggregate}`).toBeGreaterThanOrEqual(0);
						expect(s.composite!).toBeLessThanOrEqual(100);
					}
				}
			}
		}
	});
});
