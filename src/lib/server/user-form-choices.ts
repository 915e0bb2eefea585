/**
 * What the user forms of the admin pages offer (routes/admin/users): the roles, named, and the
 * region codes to pick from, over the shipped region reference.
 */
import { MESSAGES, type Locale } from '../i18n/messages.ts';
import { regionChoices, roleOptions, type RegionLookup } from '../views/admin-users.ts';
import { ROLES } from './auth/roles.ts';
import { REGIONS } from './region-reference.ts';

export const regionLookup: RegionLookup = (code) => REGIONS.get(code);

export function userFormChoices(locale: Locale) {
	const t = MESSAGES[locale];
	return { roles: roleOptions(t, ROLES), regions: regionChoices(t, locale, REGIONS.provinces()) };
}
