/**
 * Why a change to a user is refused (user-service.ts): each reason names the form's field and
 * carries a code the pages put in the reader's language, and the English words the command line
 * prints. The rules themselves are auth/roles.ts's and auth/password-policy.ts's.
 */
import { REGIONS } from './region-reference.ts';
import { isRole, regionIssue, regionProblem, ROLES, type RegionIssue } from './auth/roles.ts';
import { passwordIssues, passwordProblems, type PasswordIssue } from './auth/password-policy.ts';

/** The field of a user's form an issue is about. */
export type UserField = 'login' | 'role' | 'region' | 'password' | 'current';

/**
 * One reason a change to a user is refused: the field, a code the pages put in the reader's
 * language (`values` fill its placeholders), and the English words the command line prints.
 */
export interface UserIssue {
	field: UserField;
	code:
		| RegionIssue
		| PasswordIssue['code']
		| 'loginShape'
		| 'loginExists'
		| 'noSuchUser'
		| 'disabledAlready'
		| 'roleUnknown'
		| 'roleUnchanged'
		| 'selfDisable'
		| 'selfDemote'
		| 'currentWrong';
	values: Record<string, string | number>;
	text: string;
}

/** A change to a user that is refused: every issue found, none of it stored. */
export class UserError extends Error {
	readonly problems: string[];
	constructor(readonly issues: UserIssue[]) {
		super(issues.map((i) => i.text).join('; '));
		this.problems = issues.map((i) => i.text);
	}
}

export const issue = (
	field: UserField,
	code: UserIssue['code'],
	text: string,
	values: UserIssue['values'] = {}
): UserIssue => ({ field, code, text, values });

/** What is wrong with a role and region, as issues of the role and region fields. */
export function roleIssues(role: string, region: string | null): UserIssue[] {
	if (!isRole(role))
		return [issue('role', 'roleUnknown', `role "${role}": use one of ${ROLES.join(', ')}`, { role })];
	const code = regionIssue(role, region, REGIONS);
	return code
		? [issue('region', code, regionProblem(role, region, REGIONS)!, { role, region: region ?? '' })]
		: [];
}

export function passwordIssuesOf(password: string, login: string): UserIssue[] {
	const texts = passwordProblems(password, login);
	return passwordIssues(password, login).map((p, k) =>
		issue('password', p.code, texts[k], { length: p.length })
	);
}

export const noSuchUser = (login: string) =>
	new UserError([issue('login', 'noSuchUser', `no user "${login}"`, { login })]);
