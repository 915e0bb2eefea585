/** Names as the pages show them: in the reader's language, marked where few respondents stand behind a figure. */
import { FEW_RESPONDENTS } from '../analysis/rollup.ts';
import { FEW_MARK } from '../charts/format.ts';
import type { Messages } from './page-base.ts';

export const localName = (unit: { name: string; nameEn: string }, locale: string): string =>
	locale === 'en' ? unit.nameEn : unit.name;

/** The name with the few-respondents mark (explained by the note `fewRespondents`). */
export const markedName = (unit: { name: string; nameEn: string; respondents: number }, locale: string) =>
	localName(unit, locale) + (unit.respondents < FEW_RESPONDENTS ? FEW_MARK : '');

export const zoneName = (t: Messages, zone: string): string => t[`zone_${zone}` as keyof Messages] ?? zone;
