/**
 * Who may do what (docs/security.md, Authorisation): every route, form action and command asks
 * these questions, with the caller taken from its session or token on the server — never from a
 * region code the client sends. Pure: the caller supplies the region reference and round states.
 */
import type { RegionIndex } from '../../survey/regions.ts';
import type { RoundState } from './round-states.ts';
import { NATIONAL_REGION, type Role } from './roles.ts';

/** The caller of a request: the user behind its session cookie or its API token. */
export interface Principal {
	id: number;
	login: string;
	role: Role;
	/** The region a submitter or reviewer acts for; null for the other roles. */
	region: string | null;
	via: 'session' | 'token';
}

/** Whether `code` is `scope` or lies inside it (a county in its city or province, any code in the nation). */
export function regionWithin(scope: string, code: string, regions: RegionIndex): boolean {
	if (scope === NATIONAL_REGION || scope === code) return true;
	// Up the reference's parent chain: a county's parent is its city, or its province where the
	// province governs it directly (仙桃 429004) or is a municipality (东城区 110101 → 110000).
	for (let at = regions.get(code)?.parent; at; at = regions.get(at)?.parent) if (at === scope) return true;
	return false;
}

/** What a refusal answers: 401 when nobody is signed in, 403 when this caller may not, 409 when the round does not allow it. */
export type Decision = { allowed: true } | { allowed: false; status: 401 | 403 | 409; reason: string };

const ALLOWED: Decision = { allowed: true };
const refuse = (status: 401 | 403 | 409, reason: string): Decision => ({ allowed: false, status, reason });
const SIGN_IN = refuse(401, 'sign in, or send an API token as "Authorization: Bearer <token>"');

/**
 * May `p` submit data for every region in `codes` into round `year`? Submitters for their own
 * region and what lies inside it, admins for any; only into an open round. The first region it may
 * not submit for is named.
 */
export function maySubmit(
	p: Principal | null,
	codes: Iterable<string>,
	year: number,
	state: RoundState | null,
	regions: RegionIndex
): Decision {
	const role = maySubmitAtAll(p);
	if (!role.allowed || !p) return role;
	if (p.role === 'submitter')
		for (const code of codes)
			if (!p.region || !regionWithin(p.region, code, regions))
				return refuse(
					403,
					`${p.login} may not submit for region ${code}: it acts for ${p.region} and what lies inside it`
				);
	if (state !== 'open')
		return refuse(409, `round ${year} is ${state ?? 'not open'}; submissions go only to an open round`);
	return ALLOWED;
}

/** May `p` submit data at all, whatever the region and round? Submitters and admins may. */
export function maySubmitAtAll(p: Principal | null): Decision {
	if (!p) return SIGN_IN;
	return p.role === 'submitter' || p.role === 'admin'
		? ALLOWED
		: refuse(403, `a ${p.role} may not submit data; only submitters and admins may`);
}

/**
 * May `p` review (approve, return, reopen) a submission covering `region`, made by `submittedBy`?
 * A reviewer for what lies strictly inside its region — the level above the unit: a city's
 * reviewer for its counties and hospitals, a province's for its cities, the national one
 * (000000) for provinces — and admins for any; nobody for a file of its own.
 */
export function mayReview(
	p: Principal | null,
	region: string,
	submittedBy: string,
	regions: RegionIndex
): Decision {
	if (!p) return SIGN_IN;
	if (p.role !== 'reviewer' && p.role !== 'admin')
		return refuse(403, `a ${p.role} may not review submissions; reviewers and admins do`);
	if (p.login === submittedBy) return refuse(403, `${p.login} submitted this file and may not review it`);
	if (p.role === 'reviewer' && (!p.region || p.region === region || !regionWithin(p.region, region, regions)))
		return refuse(
			403,
			`${p.login} reviews what lies inside region ${p.region}; this submission covers ${region}, which is ${p.region === region ? 'its own level: the level above reviews it' : 'outside it'}`
		);
	return ALLOWED;
}

/** May `p` see a round's figures and exports? Published rounds are everyone's; the others admins' and analysts'. */
export function mayReadRound(p: Principal | null, state: RoundState | null): boolean {
	return state === 'published' || p?.role === 'admin' || p?.role === 'analyst';
}

/**
 * May `p` know of a round in this state (GET /api/v1/rounds)? Published ones are everyone's; the
 * others' states are for the roles that work on them, not viewers or the public.
 */
export function mayKnowRound(p: Principal | null, state: RoundState | null): boolean {
	return state === 'published' || (p !== null && p.role !== 'viewer');
}

/** May `p` list submissions at all? Then `submissionScope` says whose. */
export function mayListSubmissions(p: Principal | null): Decision {
	if (!p) return SIGN_IN;
	if (p.role === 'viewer' || p.role === 'analyst')
		return refuse(403, `a ${p.role} does not see submissions; submitters, reviewers and admins do`);
	return ALLOWED;
}

/** The region whose submissions `p` sees: its own for submitters and reviewers, the nation for admins. */
export const submissionScope = (p: Principal): string => p.region ?? NATIONAL_REGION;

/** May `p` run the administration pages (users, rounds, audit log)? */
export function mayAdminister(p: Principal | null): Decision {
	if (!p) return SIGN_IN;
	return p.role === 'admin'
		? ALLOWED
		: refuse(403, `a ${p.role} may not administer HIMAP; only an admin may`);
}

/** May `p` read or export the audit log? Admins only: it names every user and address. */
export const mayReadAudit = mayAdminister;

/** May `p` hold personal API tokens? Every signed-in user may, for itself; a token may not make tokens. */
export function mayManageTokens(p: Principal | null): Decision {
	if (!p) return SIGN_IN;
	return p.via === 'session'
		? ALLOWED
		: refuse(403, 'tokens are managed from a signed-in session, not with a token');
}

/**
 * The region whose respondents `p` reads in every round, published or not, in the `responses`
 * export: a submitter's or reviewer's own. Null for everyone else, who read rounds by
 * `mayReadRound`.
 */
export function ownDataRegion(p: Principal | null): string | null {
	return p && (p.role === 'submitter' || p.role === 'reviewer') ? (p.region ?? null) : null;
}

/**
 * Export tables that are not for everyone whatever the round: the submissions table names the
 * logins that submitted, so it is for admins and analysts.
 */
export function mayExportTable(p: Principal | null, table: string): Decision {
	if (table !== 'submissions') return ALLOWED;
	if (!p) return SIGN_IN;
	return p.role === 'admin' || p.role === 'analyst'
		? ALLOWED
		: refuse(403, 'the submissions table is for admins and analysts');
}
