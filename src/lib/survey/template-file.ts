/** The blank template files users download (static/templates/), built from the template definitions so they cannot drift. */
import { TEMPLATES, type TemplateId } from './templates.ts';

export type HeaderLanguage = 'en' | 'zh';

/** The header row; Chinese headers come with a BOM so Excel opens the file as UTF-8. */
export function templateFileText(id: TemplateId, language: HeaderLanguage): string {
	const columns = TEMPLATES[id].columns;
	const header = columns.map((c) => (language === 'en' ? c.name : c.zh)).join(',');
	return `${language === 'zh' ? '\uFEFF' : ''}${header}\r\n`;
}

export const TEMPLATE_FILES = (['regional', 'hospital'] as const).flatMap((id) =>
	(['en', 'zh'] as const).map((language) => ({
		id,
		language,
		path: `static/templates/${id}-${language}.csv`
	}))
);
