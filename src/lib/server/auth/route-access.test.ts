import { describe, expect, it } from 'vitest';
import { routeAccess } from './route-access.ts';

describe('which paths need a caller', () => {
	it.each([
		['/', 'public'],
		['/province/44', 'public'],
		['/api/v1/export/rates', 'public'],
		['/api/v1/rounds', 'public'],
		['/login', 'public'],
		['/templates/regional.xlsx', 'per-caller'],
		['/account', 'signed-in'],
		['/account/tokens', 'signed-in'],
		['/submit', 'signed-in'],
		['/submit/upload', 'signed-in'],
		['/submit/0123456789abcdef0123456789abcdef', 'signed-in'],
		['/submitted', 'public'],
		['/api/v1/submissions', 'signed-in'],
		['/completeness', 'signed-in'],
		['/completeness/export.csv', 'signed-in'],
		['/api/v1/submissions/7/review', 'signed-in'],
		['/review', 'signed-in'],
		['/submissions', 'signed-in'],
		['/submissions/7', 'signed-in'],
		['/reviewers', 'public'],
		['/admin', 'admin'],
		['/admin/users', 'admin'],
		['/api/v1/admin/audit', 'admin'],
		// A prefix is a whole path segment: these are not under /admin or /account.
		['/administration', 'public'],
		['/accounting', 'public']
	])('%s → %s', (path, access) => expect(routeAccess(path)).toBe(access));
});
