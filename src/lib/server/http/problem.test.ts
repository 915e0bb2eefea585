import { describe, expect, it } from 'vitest';
import { problem } from './problem.ts';

describe('problem', () => {
	it('answers problem+json with the detail repeated as message, never cached', async () => {
		const r = problem(404, 'Unknown table', 'there is no export table "x"', {}, { id: 'abc' });
		expect(r.status).toBe(404);
		expect(r.headers.get('content-type')).toBe('application/problem+json');
		expect(r.headers.get('cache-control')).toBe('no-store');
		expect(r.headers.get('www-authenticate')).toBeNull();
		expect(await r.json()).toEqual({
			type: 'about:blank',
			title: 'Unknown table',
			status: 404,
			detail: 'there is no export table "x"',
			message: 'there is no export table "x"',
			id: 'abc'
		});
	});
	it('says how to authenticate with every 401, whichever route answers it', () => {
		expect(problem(401, 'Not allowed', 'sign in').headers.get('www-authenticate')).toBe(
			'Bearer realm="himap"'
		);
	});
});
