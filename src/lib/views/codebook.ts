/**
 * The methodology page's codebook: one row per indicator × respondent group it applies to, with
 * every name in both languages beside its identifier. The page shows the reader's language and the
 * identifier in small type (what the CSV and the API use); the search matches either language.
 */
import type { Locale } from '../i18n/messages.ts';
import { indicatorsOf, type Framework, type LocalisedName } from '../scoring/framework.ts';

export interface CodebookEntry {
	indicator: string;
	name_zh: string;
	name_en: string;
	dimension: string;
	dimension_zh: string;
	dimension_en: string;
	pillar: string;
	pillar_zh: string;
	pillar_en: string;
	group: string;
	group_zh: string;
	group_en: string;
	component: string;
	component_zh: string;
	component_en: string;
	goalpost_lower: number;
	goalpost_upper: number;
	weight: number;
}

/**
 * The framework's names, and the respondent groups' (which the framework names by id only) from
 * `groupName`: the server passes the i18n files' (methodology-service.ts), so this module, which
 * the page's browser code imports for `label`, does not carry both dictionaries.
 */
export function codebookEntries(
	framework: Framework,
	groupName: (group: string) => LocalisedName
): CodebookEntry[] {
	return indicatorsOf(framework).flatMap(({ indicator: i, dimension: d, pillar: p }) => {
		const component = framework.components[i.component] ?? { zh: i.component, en: i.component };
		return Object.entries(i.goalposts).map(([group, posts]) => {
			const g = groupName(group);
			return {
				indicator: i.id,
				name_zh: i.name.zh,
				name_en: i.name.en,
				dimension: d.id,
				dimension_zh: d.name.zh,
				dimension_en: d.name.en,
				pillar: p.id,
				pillar_zh: p.name.zh,
				pillar_en: p.name.en,
				group,
				group_zh: g.zh,
				group_en: g.en,
				component: i.component,
				component_zh: component.zh,
				component_en: component.en,
				goalpost_lower: posts![0],
				goalpost_upper: posts![1],
				weight: i.weight
			};
		});
	});
}

type Named = 'name' | 'dimension' | 'pillar' | 'group' | 'component';

/** An entry's name of one kind in the reader's language: `label(e, 'pillar', 'en')` → "Data governance". */
export function label(entry: CodebookEntry, kind: Named, locale: Locale): string {
	return entry[`${kind}_${locale === 'en' ? 'en' : 'zh'}`];
}
