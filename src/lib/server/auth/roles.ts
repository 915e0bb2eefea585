/**
 * Who may do what (docs/security.md): the roles and the region a role acts for. Pure rules, with
 * no database or request behind them, so every route and command asks the same questions here.
 */
import type { RegionIndex } from '../../survey/regions.ts';

export const ROLES = ['admin', 'reviewer', 'submitter', 'analyst', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/** The region of the whole country, for a national reviewer. */
export const NATIONAL_REGION = '000000';

/** Submitters and reviewers act for a region; the other roles are not tied to one. */
export const needsRegion = (role: Role): boolean => role === 'submitter' || role === 'reviewer';

/** Why a role cannot act for a region, as a code the pages put in the reader's language. */
export type RegionIssue =
	'regionNotForRole' | 'regionNeeded' | 'regionNationalReviewerOnly' | 'regionUnknown';

/** Why a user cannot have this region, or null when it may: a known province, city or county code. */
export function regionIssue(role: Role, region: string | null, regions: RegionIndex): RegionIssue | null {
	if (!needsRegion(role)) return region === null ? null : 'regionNotForRole';
	if (region === null) return 'regionNeeded';
	if (region === NATIONAL_REGION) return role === 'reviewer' ? null : 'regionNationalReviewerOnly';
	if (!/^\d{6}$/.test(region) || !regions.get(region)) return 'regionUnknown';
	return null;
}

/** `regionIssue` in words, for the command line. */
export function regionProblem(role: Role, region: string | null, regions: RegionIndex): string | null {
	const issue = regionIssue(role, region, regions);
	return issue && REGION_TEXT[issue](role, region);
}

const REGION_TEXT: Record<RegionIssue, (role: Role, region: string | null) => string> = {
	regionNotForRole: (role) => `a ${role} acts for no region; leave out --region`,
	regionNeeded: (role) => `a ${role} acts for a region; give one with --region CODE`,
	regionNationalReviewerOnly: () => 'only a reviewer acts for the whole country',
	regionUnknown: (_, region) =>
		`"${region}" is not a province, city or county code (GB/T 2260, six digits, e.g. 440000, 440100, 440106)`
};

/** A login: letters (any script), digits and . _ @ -, 2 to 64 of them. */
export const LOGIN = /^[\p{L}\p{N}._@-]{2,64}$/u;
