/** What the users pages show (routes/admin/users): each user with its role and region named. */
import type { Locale } from '../i18n/messages.ts';
import { localName } from './names.ts';
import type { Messages } from './page-base.ts';
import { utcTime } from './utc-time.ts';

/** A region of the reference by code, or undefined when it has none (the nation, `000000`). */
export type RegionLookup = (code: string) => { name: string; nameEn?: string } | undefined;

export interface StoredUser {
	login: string;
	role: string;
	region_code: string | null;
	disabled: number;
	created_at: string;
}

export interface UserRow {
	login: string;
	role: string;
	roleName: string;
	region: string | null;
	regionName: string;
	disabled: boolean;
	created: string;
}

export const roleName = (t: Messages, role: string): string =>
	(t as Record<string, string>)[`role_${role}`] ?? role;

export function regionLabel(t: Messages, locale: Locale, code: string | null, lookup: RegionLookup): string {
	if (code === null) return '';
	if (code === '000000') return t.nationalRegion;
	const region = lookup(code);
	return region ? localName({ name: region.name, nameEn: region.nameEn ?? region.name }, locale) : '';
}

export function userRow(t: Messages, locale: Locale, user: StoredUser, lookup: RegionLookup): UserRow {
	return {
		login: user.login,
		role: user.role,
		roleName: roleName(t, user.role),
		region: user.region_code,
		regionName: regionLabel(t, locale, user.region_code, lookup),
		disabled: user.disabled !== 0,
		created: utcTime(user.created_at)
	};
}

/** The roles to choose from, named. */
export const roleOptions = (t: Messages, roles: readonly string[]) =>
	roles.map((role) => ({ value: role, label: roleName(t, role) }));

/**
 * Codes to pick from while typing a region (a datalist: any code may still be typed): the nation
 * and the provincial units, named.
 */
export const regionChoices = (
	t: Messages,
	locale: Locale,
	provinces: readonly { code: string; name: string; nameEn?: string }[]
) => [
	{ code: '000000', name: t.nationalRegion },
	...provinces.map((p) => ({
		code: p.code,
		name: localName({ name: p.name, nameEn: p.nameEn ?? p.name }, locale)
	}))
];
