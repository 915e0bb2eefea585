import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frameworkProblems } from './framework-problems.ts';

type Raw = ReturnType<typeof raw>;
const raw = () => JSON.parse(readFileSync('data/frameworks/himap-default-1.0.0.json', 'utf8'));
const edited = (edit: (f: Raw) => void) => {
	const f = raw();
	edit(f);
	return f;
};
/** Every pillar of the default framework, in file order. */
const pillars = (f: Raw) => f.dimensions.flatMap((d: Raw) => d.pillars);
const shares = (f: Raw) => {
	f.weightScale = 'shares';
	for (const d of f.dimensions) {
		d.weight = d.id === 'application' ? 1 - 2 / 3 : 1 / 3;
		for (const p of d.pillars) {
			p.weight = 1 / d.pillars.length;
			for (const i of p.indicators) i.weight = 1 / p.indicators.length;
		}
	}
	for (const g of Object.keys(f.rollup.groupWeights)) f.rollup.groupWeights[g] = 1 / 6;
};

describe('frameworkProblems', () => {
	it('finds none in the default framework, nor in it with weights as shares', () => {
		expect(frameworkProblems(raw())).toEqual([]);
		expect(frameworkProblems(edited(shares))).toEqual([]);
	});

	// Each: the edit, then the one problem it makes (path, and a pattern of its message).
	it.each<[string, (f: Raw) => void, string, RegExp]>([
		['not an object', () => {}, '$', /one JSON object/],
		['a bad version', (f) => (f.version = 'one'), '$.version', /look like 1\.0\.0/],
		['an id with a space', (f) => (f.id = 'my framework'), '$.id', /lower-case letters/],
		[
			'an unknown weight scale',
			(f) => (f.weightScale = 'percent'),
			'$.weightScale',
			/"relative" or "shares"/
		],
		[
			'a dimension missing',
			(f) => f.dimensions.pop(),
			'$.dimensions',
			/exactly governance, infrastructure, application/
		],
		[
			'an unknown indicator',
			(f) => (f.dimensions[0].pillars[0].indicators[0].id = 'telepathy'),
			'$.dimensions[0].pillars[0].indicators[0].id',
			/unknown indicator "telepathy": use an answer column/
		],
		[
			'an indicator of the other survey',
			(f) => (f.dimensions[0].pillars[0].indicators[0].goalposts.county = [0, 3]),
			'$.dimensions[0].pillars[0].indicators[0].goalposts.county',
			/not in the regional survey that group county answers/
		],
		[
			'reversed goalposts',
			(f) => (f.dimensions[0].pillars[1].indicators[0].goalposts.county = [9, 0]),
			'$.dimensions[0].pillars[1].indicators[0].goalposts.county',
			/goalposts reversed: lower 9 must be below upper 0/
		],
		[
			'equal goalposts',
			(f) => (f.dimensions[0].pillars[1].indicators[0].goalposts.county = [5, 5]),
			'$.dimensions[0].pillars[1].indicators[0].goalposts.county',
			/goalposts reversed/
		],
		[
			'goalposts of an unknown group',
			(f) => (f.dimensions[0].pillars[1].indicators[0].goalposts.village = [0, 1]),
			'$.dimensions[0].pillars[1].indicators[0].goalposts.village',
			/unknown group "village"/
		],
		['an unknown group', (f) => f.groups.push('village'), '$.groups[6]', /unknown group "village"/],
		['a group twice', (f) => f.groups.push('county'), '$.groups[6]', /group "county" appears twice/],
		[
			'a group weight of an unknown group',
			(f) => (f.rollup.groupWeights.village = 1),
			'$.rollup.groupWeights.village',
			/unknown group "village"/
		],
		[
			'a zero group weight',
			(f) => (f.rollup.groupWeights.county = 0),
			'$.rollup.groupWeights.county',
			/above 0; to leave county out of the roll-up, leave it out of groups/
		],
		[
			'an unknown component',
			(f) => (f.dimensions[1].pillars[0].indicators[0].component = 'magic'),
			'$.dimensions[1].pillars[0].indicators[0].component',
			/unknown WHO\/ITU component "magic"/
		],
		[
			'a duplicate indicator',
			(f) => f.dimensions[2].pillars[0].indicators.push(f.dimensions[2].pillars[0].indicators[0]),
			'$.dimensions[2].pillars[0].indicators[2].id',
			/indicator "\w+" appears twice \(first at \$\.dimensions\[2\]\.pillars\[0\]\.indicators\[0\]\.id\)/
		],
		[
			'a duplicate pillar id',
			(f) => (f.dimensions[1].pillars[0].id = f.dimensions[0].pillars[0].id),
			'$.dimensions[1].pillars[0].id',
			/pillar "development_environment" appears twice/
		],
		[
			'an empty pillar',
			(f) =>
				f.dimensions[0].pillars.push({
					id: 'empty',
					name: { zh: '空', en: 'Empty' },
					weight: 1,
					indicators: []
				}),
			'$.dimensions[0].pillars[3].indicators',
			/pillar "empty" has no indicators/
		],
		[
			'a negative dimension weight',
			(f) => (f.dimensions[0].weight = -1),
			'$.dimensions[0].weight',
			/weight -1 must be a number above 0/
		],
		[
			'a zero pillar weight',
			(f) => (pillars(f)[4].weight = 0),
			'$.dimensions[1].pillars[1].weight',
			/weight 0 must be/
		],
		[
			'an indicator weight that is not a number',
			(f) => (f.dimensions[0].pillars[0].indicators[1].weight = '1'),
			'$.dimensions[0].pillars[0].indicators[1].weight',
			/weight "1" must be a number/
		],
		[
			'stages not rising',
			(f) => (f.stages[2].min = 10),
			'$.stages[2].min',
			/cut-offs must increase: min 10 is not above the previous stage's 20/
		],
		[
			'a first stage above 0',
			(f) => (f.stages[0].min = 5),
			'$.stages[0].min',
			/first stage must start at min 0/
		],
		['a stage above 100', (f) => (f.stages[4].min = 120), '$.stages[4].min', /from 0 to 100/],
		['stages out of order', (f) => (f.stages[1].stage = 3), '$.stages[1].stage', /should be 2/],
		['a coverage threshold above 1', (f) => (f.coverageThreshold = 60), '$.coverageThreshold', /from 0 to 1/],
		[
			'a rank threshold of 0',
			(f) => (f.rollup.rankThreshold.city = 0),
			'$.rollup.rankThreshold.city',
			/whole number ≥ 1/
		],
		[
			'a jump factor of 1',
			(f) => (f.plausibility = { jumpFactor: 1 }),
			'$.plausibility.jumpFactor',
			/above 1/
		],
		[
			'shares of pillars not summing to 1',
			(f) => {
				shares(f);
				f.dimensions[1].pillars[0].weight = 0.6;
			},
			'$.dimensions[1].pillars',
			/pillar \(dimension "infrastructure"\) weights sum to 1\.26666666667, not 1/
		],
		[
			'shares of indicators not summing to 1',
			(f) => {
				shares(f);
				f.dimensions[0].pillars[1].indicators[0].weight = 0.5;
			},
			'$.dimensions[0].pillars[1].indicators',
			/indicator \(pillar "organisational_support"\) weights sum to 1\.3, not 1/
		],
		[
			'shares of groups not summing to 1',
			(f) => {
				shares(f);
				f.rollup.groupWeights.other = 0.5;
			},
			'$.rollup.groupWeights',
			/group weights sum to/
		],
		[
			'a group left without indicators in a dimension',
			(f) => {
				for (const p of f.dimensions[2].pillars) for (const i of p.indicators) delete i.goalposts.other;
			},
			'$.dimensions[2]',
			/no indicator of dimension "application" has goalposts for group other/
		]
	])('finds %s', (_name, edit, path, message) => {
		const problems = frameworkProblems(_name === 'not an object' ? 'nope' : edited(edit));
		expect(problems).toEqual([{ path, message: expect.stringMatching(message) }]);
	});

	it('lists every problem at once, not the first', () => {
		const problems = frameworkProblems(
			edited((f) => {
				f.version = 'x';
				f.dimensions[0].pillars[0].indicators[0].id = 'telepathy';
				f.dimensions[1].pillars[0].indicators[0].goalposts.provincial = [1, 0];
				f.stages[3].min = 30;
			})
		);
		expect(problems.map((p) => p.path)).toEqual([
			'$.version',
			'$.dimensions[0].pillars[0].indicators[0].id',
			'$.dimensions[1].pillars[0].indicators[0].goalposts.provincial',
			'$.stages[3].min'
		]);
	});

	it('accepts shares within 1e-9 of 1 and refuses them beyond', () => {
		const off = (delta: number) =>
			frameworkProblems(
				edited((f) => {
					shares(f);
					f.rollup.groupWeights.other = 1 / 6 + delta;
				})
			);
		expect(off(5e-10)).toEqual([]);
		expect(off(5e-9)).toHaveLength(1);
	});
});
