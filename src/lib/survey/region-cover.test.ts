import { describe, expect, it } from 'vitest';
import { REGIONS } from '../server/region-reference.ts';
import { coveringRegion, scopePrefix } from './region-cover.ts';

describe('the region a file covers', () => {
	it.each([
		['440106', '440106', '440106'], // one county
		['440103', '440106', '440100'], // two counties of Guangzhou
		['440100', '440106', '440100'], // the city's commission and one of its counties
		['440106', '440305', '440000'], // Guangzhou and Shenzhen
		['429004', '429005', '420000'], // counties governed by the province: no city between
		['110101', '110105', '110000'], // Beijing's districts: the municipality
		['110101', '440106', '000000'] // two provinces
	])('%s … %s → %s', (lowest, highest, expected) => {
		expect(coveringRegion(lowest, highest, REGIONS)).toBe(expected);
	});

	it('gives the prefix of each level of scope', () => {
		expect(['000000', '440000', '440100', '440106'].map(scopePrefix)).toEqual(['', '44', '4401', '440106']);
	});
});
