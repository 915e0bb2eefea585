import { describe, expect, it } from 'vitest';
import { DEFAULT_METHOD } from '../scoring/method.ts';
import { chosenMethod, chosenScore, chosenYear } from './view-params.ts';

const url = (query: string) => new URL(`http://himap.local/?${query}`);

describe('view params', () => {
	it('takes a round that has data, else the latest', () => {
		expect(chosenYear(url('year=2019'), [2024, 2019])).toBe(2019);
		expect(chosenYear(url('year=2020'), [2024, 2019])).toBe(2024);
		expect(chosenYear(url(''), [])).toBeNull();
	});

	it('takes a known score, else the composite', () => {
		expect(chosenScore(url('dimension=governance'))).toBe('governance');
		expect(chosenScore(url('dimension=drop table'))).toBe('composite');
	});

	it('takes each part of the method, the default for the rest, and the default for nonsense', () => {
		expect(chosenMethod(url(''))).toEqual(DEFAULT_METHOD);
		expect(chosenMethod(url('normalise=minmax&aggregate=geometric'))).toEqual({
			...DEFAULT_METHOD,
			normalise: 'minmax',
			aggregate: 'geometric'
		});
		expect(chosenMethod(url('weights=astrology'))).toEqual(DEFAULT_METHOD);
	});
});
