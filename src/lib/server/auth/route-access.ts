/**
 * Which paths need a caller, and which an admin (docs/security.md, Authorisation) — checked in
 * `hooks.server.ts` before any route runs, so that a route forgotten here is public by mistake
 * only if it is also outside these prefixes. Finer rules (whose submissions, which region) are
 * the routes' own, asked of permissions.ts.
 */
export type Access = 'public' | 'signed-in' | 'admin';

const RULES: [prefix: string, access: Access][] = [
	['/admin', 'admin'],
	['/api/v1/admin', 'admin'],
	['/account', 'signed-in'],
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
