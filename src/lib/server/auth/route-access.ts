/**
 * Which paths need a caller, and which an admin (docs/security.md, Authorisation) — checked in
 * `hooks.server.ts` before any route runs, so that a route forgotten here is public by mistake
 * only if it is also outside these prefixes. Finer rules (whose submissions, which region) are
 * the routes' own, asked of permissions.ts.
 */
/**
 * `per-caller`: open to everyone, but what it answers depends on who asks (a template names a
 * signed-in submitter's region), so the caller is read and the answer never kept in the page cache.
 * Only `public` pages are kept.
 */
export type Access = 'public' | 'per-caller' | 'signed-in' | 'admin';

const RULES: [prefix: string, access: Access][] = [
	['/templates', 'per-caller'],
	['/admin', 'admin'],
	['/api/v1/admin', 'admin'],
	['/account', 'signed-in'],
	['/submit', 'signed-in'],
	// Admins and reviewers; the route refuses the other roles (auth/completeness-access.ts).
	['/completeness', 'signed-in'],
	['/api/v1/submissions', 'signed-in'],
	['/api/v1/tokens', 'signed-in'],
	['/review', 'signed-in'],
	['/submissions', 'signed-in']
];

export function routeAccess(pathname: string): Access {
	for (const [prefix, access] of RULES)
		if (pathname === prefix || pathname.startsWith(`${prefix}/`)) return access;
	return 'public';
}
