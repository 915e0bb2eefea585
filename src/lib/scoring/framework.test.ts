import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FrameworkError, indicatorsOf, parseFramework, stageOf } from './framework.ts';

const raw = () => JSON.parse(readFileSync('data/frameworks/himap-default-1.0.0.json', 'utf8'));

describe('the default framework', () => {
	const framework = parseFramework(raw());
	it('has three dimensions, eight pillars and an indicator for every dimension of every group', () => {
		expect(framework.dimensions.map((d) => d.id)).toEqual(['governance', 'infrastructure', 'application']);
		expect(framework.dimensions.flatMap((d) => d.pillars)).toHaveLength(8);
		for (const group of framework.groups) {
			for (const d of framework.dimensions) {
				const count = indicatorsOf(framework).filter(
					(e) => e.dimension.id === d.id && e.indicator.goalposts[group]
				).length;
				expect(count, `${group} ${d.id}`).toBeGreaterThan(0);
			}
		}
	});
	it('uses the survey report thresholds as it_staff goalposts', () => {
		const staff = indicatorsOf(framework).find((e) => e.indicator.id === 'it_staff')!.indicator;
		expect(staff.goalposts).toEqual({
			provincial: [0, 20],
			municipal: [0, 9],
			county: [0, 9],
			tertiary: [0, 10],
			secondary: [0, 4],
			other: [0, 4]
		});
	});
	it.each([
		[0, 1],
		[19.99, 1],
		[20, 2],
		[59.9, 3],
		[80, 5],
		[100, 5]
	])('puts composite %d in stage %d', (composite, stage) =>
		expect(stageOf(framework, composite)).toBe(stage)
	);
});

describe('parseFramework', () => {
	it('throws a FrameworkError listing every problem, each with its path', () => {
		const f = raw();
		f.version = 'one';
		f.dimensions[0].weight = -1;
		expect(() => parseFramework(f)).toThrow(FrameworkError);
		try {
			parseFramework(f);
		} catch (e) {
			expect((e as FrameworkError).problems).toEqual([
				expect.stringMatching(/^\$\.version: version must look like 1\.0\.0/),
				expect.stringMatching(/^\$\.dimensions\[0\]\.weight: weight -1 must be a number above 0/)
			]);
		}
	});
});
