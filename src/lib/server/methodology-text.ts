/**
 * The methodology document in the reader's language: docs/methodology.md (English) or
 * docs/methodology.zh.md (Chinese, the same sections), whatever the working directory. The Vite
 * build (and vitest) embed both in the bundle, so `node build` started anywhere, or a build copied
 * without docs/, still has them. Under tsx (the CLI and scripts) there is no bundle and no
 * `import.meta.env`: the file is read from the checkout this source file is in.
 */
import { readFileSync } from 'node:fs';
import type { Locale } from '../i18n/messages.ts';

const FILES: Record<Locale, string> = { en: 'methodology.md', 'zh-CN': 'methodology.zh.md' };

export function methodologyText(locale: Locale = 'en'): string {
	const file = FILES[locale];
	if (!import.meta.env) return readFileSync(new URL(`../../../docs/${file}`, import.meta.url), 'utf8');
	const texts = import.meta.glob<string>(
		['../../../docs/methodology.md', '../../../docs/methodology.zh.md'],
		{
			query: '?raw',
			import: 'default',
			eager: true
		}
	);
	return texts[`../../../docs/${file}`];
}
