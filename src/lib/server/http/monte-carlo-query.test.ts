import { describe, expect, it } from 'vitest';
import { monteCarloRefusal } from './monte-carlo-query.ts';

const ask = (table: string, query: string) =>
	monteCarloRefusal(table, new URL(`http://localhost/api/v1/export/${table}?${query}`));

describe('seed and draws on an export request', () => {
	it('serve the stored Monte Carlo, named or not', () => {
		expect(ask('sensitivity', 'year=2024')).toBeNull();
		expect(ask('sensitivity-draws', 'seed=20261122&draws=1000')).toBeNull();
		expect(ask('sensitivity-weights', 'draws=1000')).toBeNull();
	});

	it('send another seed or draw count to the command line, as problem+json', async () => {
		const r = ask('sensitivity-draws', 'seed=7&draws=200')!;
		expect(r.status).toBe(400);
		expect(r.headers.get('content-type')).toBe('application/problem+json');
		const body = await r.json();
		expect(body.detail).toContain('himap export sensitivity-draws --seed 7 --draws 200');
		expect(body.detail).toContain('seed=20261122, draws=1000');
		expect((await ask('sensitivity', 'seed=7')!.json()).detail).toContain('--seed 7 --draws 1000');
	});

	it.each([
		['sensitivity', 'draws=0', /draws must be a whole number from 1 to 100000/],
		['sensitivity', 'draws=100001', /draws must be/],
		['sensitivity', 'seed=-3', /seed must be a whole number from 0 to 4294967295/],
		['sensitivity', 'seed=1e3', /seed must be/],
		['provinces', 'seed=20261122', /apply to sensitivity, sensitivity-draws, sensitivity-weights only/]
	])('refuse %s?%s', async (table, query, message) => {
		const r = ask(table, query)!;
		expect(r.status).toBe(400);
		expect((await r.json()).detail).toMatch(message);
	});
});
