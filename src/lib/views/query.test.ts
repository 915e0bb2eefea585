import { describe, expect, it } from 'vitest';
import { DEFAULT_METHOD } from '../scoring/method.ts';
import {
	chosenCities,
	chosenMethod,
	chosenProvinces,
	chosenScore,
	chosenView,
	chosenYear,
	chosenYearOrAll
} from './query.ts';

const url = (query: string) => new URL(`http://himap.local/?${query}`);

describe('view query', () => {
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

	it.each([
		['view=map', 'map'],
		['view=chart', 'chart'],
		['view=table', 'table'],
		['', 'map'],
		['view=Chart', 'map'],
		['view=globe', 'map']
	])("takes the overview's view %j as %s", (query, view) => {
		expect(chosenView(url(query))).toBe(view);
	});
});

describe('compared provinces', () => {
	it.each([
		['p=11,31,44', ['11', '31', '44']],
		['pick=44&pick=11', ['44', '11']],
		['p=11,31&pick=31&pick=44', ['11', '31', '44']],
		['p=11,1,abc,311,&pick=<b>', ['11']],
		// Past six too: the page names those it leaves out.
		['p=11,12,13,14,15,21,22', ['11', '12', '13', '14', '15', '21', '22']],
		['', []]
	])('%s → %j', (query, codes) => {
		expect(chosenProvinces(url(query))).toEqual(codes);
	});
});

describe('cities query', () => {
	it.each([
		['', { province: '', series: 1, sort: 'rank' }],
		['series=2&province=44&sort=name', { province: '44', series: 2, sort: 'name' }],
		['series=3&sort=composite', { province: '', series: 1, sort: 'rank' }],
		['sort=respondents&province=99', { province: '99', series: 1, sort: 'respondents' }]
	])('%s', (query, expected) => {
		expect(chosenCities(url(query))).toEqual(expected);
	});
});

describe('the data page round', () => {
	it('is a round with data, or every round', () => {
		expect(chosenYearOrAll(url('year=2019'), [2024, 2019])).toBe(2019);
		expect(chosenYearOrAll(url('year=2020'), [2024, 2019])).toBeNull();
		expect(chosenYearOrAll(url(''), [2024])).toBeNull();
	});
});
