import { describe, expect, it } from 'vitest';
import { REGIONS } from '../region-reference.ts';
import { isRole, LOGIN, NATIONAL_REGION, needsRegion, regionProblem, ROLES, type Role } from './roles.ts';

describe('roles', () => {
	it('are the five of the design, and only they', () => {
		expect(ROLES).toEqual(['admin', 'reviewer', 'submitter', 'analyst', 'viewer']);
		expect(['admin', 'viewer'].every(isRole)).toBe(true);
		expect(['Admin', 'root', ''].some(isRole)).toBe(false);
		expect(ROLES.filter(needsRegion)).toEqual(['reviewer', 'submitter']);
	});

	it.each([
		// [role, region, accepted]
		['submitter', '440106', true],
		['submitter', '440100', true],
		['submitter', '440000', true],
		['reviewer', '440100', true],
		['reviewer', NATIONAL_REGION, true],
		['submitter', NATIONAL_REGION, false],
		['submitter', null, false],
		['reviewer', null, false],
		['submitter', '999999', false],
		['submitter', '4401', false],
		['submitter', "440106' OR 1=1", false],
		['admin', null, true],
		['viewer', null, true],
		['analyst', '440000', false]
	] as [Role, string | null, boolean][])('%s for %s: accepted %s', (role, region, accepted) => {
		const problem = regionProblem(role, region, REGIONS);
		expect(problem === null).toBe(accepted);
		if (!accepted) expect(problem!.length).toBeGreaterThan(10);
	});

	it('takes logins in any script, and nothing that could be markup or a query', () => {
		for (const ok of ['admin', '张三', 'gd.cdc-01', 'a@b.cn']) expect(LOGIN.test(ok), ok).toBe(true);
		for (const bad of ['a', "o'brien", '<b>x</b>', 'a b', 'x'.repeat(65), ''])
			expect(LOGIN.test(bad), bad).toBe(false);
	});
});
