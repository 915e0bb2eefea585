/** Names as the pages show them: in the reader's language, marked where a unit is too small to rank. */
import { FEW_MARK } from '../charts/format.ts';
import type { DimensionId } from '../scoring/framework.ts';
import type { TemplateId } from '../survey/templates.ts';
import type { Messages } from './page-base.ts';

export const localName = (unit: { name: string; nameEn: string }, locale: string): string =>
	locale === 'en' ? unit.nameEn : unit.name;

/** The name with the not-ranked mark (explained by the note `fewRespondents`). */
export const markedName = (unit: { name: string; nameEn: string; rank: number | null }, locale: string) =>
	localName(unit, locale) + (unit.rank === null ? FEW_MARK : '');

export const zoneName = (t: Messages, zone: string): string => t[`zone_${zone}` as keyof Messages] ?? zone;

/** The first three columns of an indicator table's CSV: dimension, survey and indicator, named. */
export const indicatorHeaders = (t: Messages): string[] => [t.dimension, t.survey, t.indicator];

export const indicatorCells = (
	t: Messages,
	locale: string,
	r: { dimension: DimensionId | null; survey: TemplateId; zh: string; en: string }
): string[] => [
	r.dimension ? t[r.dimension] : '',
	t[r.survey],
	localName({ name: r.zh, nameEn: r.en }, locale)
];
