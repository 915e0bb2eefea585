import { describe, expect, it } from 'vitest';
import { REGIONS } from '../region-reference.ts';
import { completenessScope, mayViewCompleteness } from './completeness-access.ts';
import type { Principal } from './permissions.ts';
import type { Role } from './roles.ts';

const caller = (role: Role, region: string | null = null): Principal => ({
	id: 1,
	login: 'x',
	role,
	region,
	via: 'session'
});

describe('mayViewCompleteness', () => {
	it.each([
		['admin', true],
		['reviewer', true],
		['submitter', false],
		['viewer', false],
		['analyst', false]
	] as const)('a %s: %s', (role, allowed) => {
		const d = mayViewCompleteness(caller(role, role === 'admin' ? null : '440000'));
		expect(d.allowed).toBe(allowed);
		if (!d.allowed) expect(d.status).toBe(403);
	});

	it('asks nobody to sign in twice: 401', () => {
		expect(mayViewCompleteness(null)).toMatchObject({ allowed: false, status: 401 });
	});
});

describe('completenessScope', () => {
	it.each([
		[caller('admin'), null, '000000'],
		[caller('admin'), '44', '440000'],
		[caller('admin'), '4', '000000'],
		[caller('admin'), '99', '000000'],
		[caller('reviewer', '000000'), '44', '440000'],
		[caller('reviewer', '440000'), null, '440000'],
		[caller('reviewer', '440000'), '11', '440000'],
		[caller('reviewer', '440100'), '44', '440100']
	])('%j asking for %s sees %s', (p, province, expected) => {
		expect(completenessScope(p, province, REGIONS)).toBe(expected);
	});
});
