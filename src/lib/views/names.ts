/** Names as the pages show them: in the reader's language, marked where a unit is too small to rank. */
import { FEW_MARK } from '../charts/format.ts';
import type { Messages } from './page-base.ts';

export const localName = (unit: { name: string; nameEn: string }, locale: string): string =>
	locale === 'en' ? unit.nameEn : unit.name;

/** The name with the not-ranked mark (explained by the note `fewRespondents`). */
export const markedName = (unit: { name: string; nameEn: string; rank: number | null }, locale: string) =>
	localName(unit, locale) + (unit.rank === null ? FEW_MARK : '');

export const zoneName = (t: Messages, zone: string): string => t[`zone_${zone}` as keyof Messages] ?? zone;
