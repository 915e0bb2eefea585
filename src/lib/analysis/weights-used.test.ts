import { describe, expect, it } from 'vitest';
import { parseFramework } from '../scoring/framework.ts';
import defaultFramework from '../../../data/frameworks/himap-default-1.0.0.json' with { type: 'json' };
import { weightsUsed, type WeightUsed } from './weights-used.ts';

const framework = parseFramework(defaultFramework);
const indicators = (f = framework) =>
	f.dimensions.flatMap((d) => d.pillars.flatMap((p) => p.indicators.map((i) => ({ d, p, i }))));

/** The sum of shares under each parent of a group and level (groups share the roll-up between them). */
function sums(rows: WeightUsed[]): Map<string, number> {
	const out = new Map<string, number>();
	for (const r of rows) {
		const key = r.level === 'group' ? 'rollup' : `${r.group} ${r.level} ${r.parent}`;
		out.set(key, (out.get(key) ?? 0) + (r.weight ?? 0));
	}
	return out;
}

describe('weightsUsed', () => {
	it('under framework weights: each indicator its weight over its pillar, each pillar over its dimension', () => {
		const f = structuredClone(framework);
		const [a, b] = f.dimensions[0].pillars[1].indicators;
		a.weight = 3;
		b.weight = 1;
		const used = { provincial: Object.fromEntries(indicators(f).map(({ i }) => [i.id, i.weight])) };
		const rows = weightsUsed(f, 'framework', used);
		const row = (level: string, item: string) => rows.find((r) => r.level === level && r.item === item)!;
		const others = f.dimensions[0].pillars[1].indicators.length - 2;
		expect(row('indicator', a.id)).toMatchObject({
			parent: f.dimensions[0].pillars[1].id,
			framework_weight: 3
		});
		expect(row('indicator', a.id).weight).toBeCloseTo(3 / (4 + others), 15);
		expect(row('pillar', f.dimensions[0].pillars[0].id).weight).toBeCloseTo(1 / 3, 15);
		expect(row('dimension', 'governance')).toMatchObject({ parent: 'composite', weight: 1 / 3 });
		expect(row('group', 'provincial')).toMatchObject({ parent: 'rollup', weight: 1 });
		for (const [key, sum] of sums(rows)) expect(sum, key).toBeCloseTo(1, 12);
	});

	it('under data-driven weights: indicators share their dimension, a pillar is the sum of its indicators', () => {
		const ids = indicators().map(({ i }) => i.id);
		const used = {
			tertiary: Object.fromEntries(ids.map((id, k) => [id, k + 1])),
			county: Object.fromEntries(ids.map((id) => [id, 1]))
		};
		const rows = weightsUsed(framework, 'entropy', used);
		expect(new Set(rows.map((r) => r.group))).toEqual(new Set(['county', 'tertiary']));
		const of = (group: string, level: string) => rows.filter((r) => r.group === group && r.level === level);
		expect(of('tertiary', 'indicator').every((r) => DIMENSION_IDS.includes(r.parent))).toBe(true);
		const pillar = framework.dimensions[1].pillars[0];
		const inPillar = of('tertiary', 'indicator').filter((r) =>
			pillar.indicators.some((i) => i.id === r.item)
		);
		const total = inPillar.reduce((s, r) => s + r.weight!, 0);
		expect(of('tertiary', 'pillar').find((r) => r.item === pillar.id)!.weight).toBeCloseTo(total, 15);
		// Two groups of weight 1 each: half each.
		expect(of('county', 'group')[0].weight).toBe(0.5);
		for (const [key, sum] of sums(rows)) expect(sum, key).toBeCloseTo(1, 12);
	});

	it('leaves out what a group is not scored on, and gives null where nothing carries weight', () => {
		const pillar = framework.dimensions[2].pillars[0];
		const used = { municipal: Object.fromEntries(pillar.indicators.map((i) => [i.id, 0])) };
		const rows = weightsUsed(framework, 'critic', used);
		expect(rows.filter((r) => r.level === 'dimension').map((r) => r.item)).toEqual(['application']);
		expect(rows.filter((r) => r.level === 'indicator').every((r) => r.weight === null)).toBe(true);
		expect(rows.find((r) => r.level === 'pillar')!.weight).toBeNull();
	});
});

const DIMENSION_IDS = ['governance', 'infrastructure', 'application'];
