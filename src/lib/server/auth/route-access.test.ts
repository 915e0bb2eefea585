import { describe, expect, it } from 'vitest';
import { routeAccess } from './route-access.ts';

describe('which paths need a caller', () => {
	it.each([
		['/', 'public'],
		['/province/44', 'public'],
		['/api/v1/export/rates', 'public'],
		['/api/v1/rounds', 'public'],
		['/login', 'public'],
		['/account', 'signed-in'],
		['/account/tokens', 'signed-in'],
		['/api/v1/submissions', 'signed-in'],
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
