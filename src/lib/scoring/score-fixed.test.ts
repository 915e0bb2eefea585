import { describe, expect, it } from 'vitest';
import defaultFramework from '../../../data/frameworks/himap-default-1.0.0.json' with { type: 'json' };
import type { RespondentGroup } from '../survey/templates.ts';
import { parseFramework } from './framework.ts';
import { DEFAULT_METHOD, type Method } from './method.ts';
import { createRng } from './random.ts';
import { scoreRespondents } from './score.ts';
import { holdsFixed, scoreFixed } from './score-fixed.ts';

const FRAMEWORK = parseFramework(defaultFramework);
const GROUPS: RespondentGroup[] = ['county', 'municipal', 'tertiary', 'secondary'];

/** Answers drawn at random within each indicator's goalposts, some left out. */
function respondents(n: number) {
	const draw = createRng(7);
	const rng = () => draw.uniform();
	const answers = (): Record<string, number> => {
		const out: Record<string, number> = {};
		for (const name of [
			'platform_built',
			'did_built',
			'ehrd_built',
			'emrd_built',
			'tech_cloud',
			'tech_bigdata',
			'tech_iot',
			'tech_mobile',
			'tech_ai',
			'security_system',
			'mlps_evaluated',
			'hospital_platform',
			'clinical_data_center',
			'regional_connected'
		])
			out[name] = rng() < 0.5 ? 1 : 0;
		out.interop_level = Math.floor(rng() * 8);
		out.it_staff = Math.floor(rng() * 40);
		if (rng() < 0.8) out.it_staff_bachelor_pct = Math.round(rng() * 100);
		if (rng() < 0.8) out.it_investment_pct = rng() * 8;
		out.institutions_connected_pct = Math.round(rng() * 100);
		return out;
	};
	return Array.from({ length: n }, (_, i) => ({
		group: GROUPS[i % GROUPS.length],
		regionCode: '440106',
		answers: answers()
	}));
}

describe('scoreFixed', () => {
	it('gives each respondent what scoring them all together gives, under the default method', () => {
		const rows = respondents(40);
		const together = scoreRespondents(FRAMEWORK, rows, DEFAULT_METHOD).scores;
		// One at a time and in a batch: neither may depend on the others.
		expect(rows.map((r) => scoreFixed(FRAMEWORK, DEFAULT_METHOD, [r])[0])).toEqual(together);
		expect(scoreFixed(FRAMEWORK, DEFAULT_METHOD, rows)).toEqual(together);
	});

	it.each([
		[{ ...DEFAULT_METHOD, normalise: 'minmax' }, false],
		[{ ...DEFAULT_METHOD, weights: 'entropy' }, false],
		[{ ...DEFAULT_METHOD, aggregate: 'geometric' }, true],
		[DEFAULT_METHOD, true]
	] as [Method, boolean][])('holdsFixed(%j) is %s', (method, fixed) => {
		expect(holdsFixed(method)).toBe(fixed);
	});

	it('refuses a method that scales by the data', () => {
		expect(() => scoreFixed(FRAMEWORK, { ...DEFAULT_METHOD, normalise: 'rank' }, respondents(2))).toThrow(
			/scales by the data/
		);
	});
});
