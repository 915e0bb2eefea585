import { describe, expect, it } from 'vitest';
import { theilDecomposition } from './decomposition.ts';
import { theilT } from './theil.ts';

describe('theilDecomposition edge cases', () => {
	it('one group: everything is within', () => {
		const { theilT: t, theilL: l, groups } = theilDecomposition([1, 2, 3, 4, 10], ['a', 'a', 'a', 'a', 'a']);
		expect(t.between).toBeCloseTo(0, 15);
		expect(t.within).toBeCloseTo(0.276363619, 9);
		expect(t.betweenShare).toBeCloseTo(0, 15);
		expect(l.within).toBeCloseTo(0.2901665765, 9);
		expect(groups).toHaveLength(1);
		expect(groups[0]).toMatchObject({ group: 'a', n: 5, populationShare: 1, mean: 4 });
		expect(groups[0].valueShare).toBeCloseTo(1, 15);
	});
	it('one unit per group: everything is between', () => {
		const { theilT: t, theilL: l } = theilDecomposition([1, 2, 3], ['a', 'b', 'c']);
		expect(t.within).toBe(0);
		expect(t.between).toBeCloseTo(theilT([1, 2, 3]), 15);
		expect(t.betweenShare).toBeCloseTo(1, 15);
		expect(l.within).toBe(0);
	});
	it('equal values: shares are null, not 0/0', () => {
		const { theilT: t, theilL: l } = theilDecomposition([4, 4], ['a', 'b']);
		expect(t).toEqual({ total: 0, between: 0, within: 0, betweenShare: null });
		expect(l).toEqual({ total: 0, between: 0, within: 0, betweenShare: null });
	});
	it('a zero inside a group: T adds up, L within and total are Infinity', () => {
		const x = [0, 2, 3, 5];
		const { theilT: t, theilL: l, groups } = theilDecomposition(x, ['a', 'a', 'b', 'b']);
		expect(t.total).toBeCloseTo(theilT(x), 15);
		expect(t.between + t.within).toBeCloseTo(t.total, 12);
		expect(l.total).toBe(Infinity);
		expect(l.within).toBe(Infinity);
		expect(Number.isFinite(l.between)).toBe(true);
		expect(l.betweenShare).toBeNull();
		expect(groups[0].theilL).toBe(Infinity);
	});
	it('a group of zeros: T_g = 0 and L between is Infinity', () => {
		const x = [0, 0, 3, 5];
		const { theilT: t, theilL: l, groups } = theilDecomposition(x, ['a', 'a', 'b', 'b']);
		expect(groups[0]).toMatchObject({ group: 'a', valueShare: 0, mean: 0, theilT: 0, theilL: Infinity });
		expect(t.between).toBeCloseTo(Math.log(2), 15);
		expect(t.between + t.within).toBeCloseTo(t.total, 12);
		expect(l.between).toBe(Infinity);
	});
	it('weighted group means and sizes', () => {
		const { groups } = theilDecomposition([8, 6, 4], ['x', 'x', 'y'], [10, 30, 60]);
		expect(groups[0]).toMatchObject({ group: 'x', n: 2 });
		expect(groups[0].mean).toBeCloseTo(6.5, 12);
		expect(groups[0].populationShare).toBeCloseTo(0.4, 15);
		expect(groups[1].mean).toBeCloseTo(4, 12);
	});
	it('refuses a group with no weight', () => {
		expect(() => theilDecomposition([1, 2], ['a', 'b'], [1, 0])).toThrow('group b has a total weight of 0');
	});
});
