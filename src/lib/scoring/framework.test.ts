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

describe('parseFramework on broken files', () => {
	const broken = (edit: (f: ReturnType<typeof raw>) => void) => {
		const f = raw();
		edit(f);
		return f;
	};
	it.each([
		['not an object', () => 'nope', /not a JSON object/],
		['bad version', () => broken((f) => (f.version = 'one')), /version must look like 1\.0\.0/],
		['a dimension missing', () => broken((f) => f.dimensions.pop()), /dimensions must be exactly/],
		[
			'reversed goalposts',
			() => broken((f) => (f.dimensions[0].pillars[1].indicators[0].goalposts.county = [9, 0])),
			/it_staff: goalposts for county/
		],
		[
			'unknown component',
			() => broken((f) => (f.dimensions[1].pillars[0].indicators[0].component = 'magic')),
			/unknown WHO\/ITU component "magic"/
		],
		[
			'duplicate indicator',
			() =>
				broken((f) => f.dimensions[2].pillars[0].indicators.push(f.dimensions[2].pillars[0].indicators[0])),
			/appears twice/
		],
		['stages not rising', () => broken((f) => (f.stages[2].min = 10)), /stages must start at min 0 and rise/],
		['negative weight', () => broken((f) => (f.dimensions[0].weight = -1)), /dimension governance: weight/],
		[
			'a jump factor of 1 (every change would jump)',
			() => broken((f) => (f.plausibility = { jumpFactor: 1 })),
			/plausibility\.jumpFactor must be a number above 1/
		],
		[
			'a jump factor that is not a number',
			() => broken((f) => ((f as { plausibility: unknown }).plausibility = { jumpFactor: '3' })),
			/plausibility\.jumpFactor/
		]
	])('rejects %s with a clear message', (_name, make, message) => {
		expect(() => parseFramework(make())).toThrow(FrameworkError);
		expect(() => parseFramework(make())).toThrow(message);
	});
});
