/**
 * Who sees a round's completeness, and over which region: admins over the nation,
 * reviewers over their own region — the units they answer for reviewing — and nobody else.
 * A drill-in to a province narrows the view; it never widens a reviewer's.
 */
import type { RegionIndex } from '../../survey/regions.ts';
import { regionWithin, type Decision, type Principal } from './permissions.ts';
import { NATIONAL_REGION } from './roles.ts';

export function mayViewCompleteness(p: Principal | null): Decision {
	if (!p) return { allowed: false, status: 401, reason: 'sign in to see a round’s completeness' };
	if (p.role === 'admin' || p.role === 'reviewer') return { allowed: true };
	return {
		allowed: false,
		status: 403,
		reason: `a ${p.role} does not see a round’s completeness; reviewers and admins do`
	};
}

/**
 * The region shown: the caller's (the nation for an admin), or the province asked for (`44`) when
 * it lies inside the caller's; a province outside it, or malformed, is ignored.
 */
export function completenessScope(p: Principal, province: string | null, regions: RegionIndex): string {
	const own = p.role === 'admin' ? NATIONAL_REGION : (p.region ?? NATIONAL_REGION);
	if (!province || !/^\d{2}$/.test(province)) return own;
	const asked = `${province}0000`;
	if (regions.get(asked)?.level !== 'province') return own;
	return regionWithin(own, asked, regions) ? asked : own;
}
