import { dictionary } from '$lib/i18n/dictionary';
import type { LayoutLoad } from './$types';

// A universal load: its result is not serialised, so the words never travel in the page's data.
export const load: LayoutLoad = async ({ data }) => ({ ...data, t: await dictionary(data.locale) });
