/** The methodology page's content: the methodology document rendered in the reader's language, and the codebook. */
import { Marked } from 'marked';
import type { Locale } from '../i18n/messages.ts';
import { codebookEntries, type CodebookEntry } from '../views/codebook.ts';
import { DEFAULT_FRAMEWORK } from './framework-store.ts';
import { methodologyText } from './methodology-text.ts';

const html = new Map<Locale, string>();

/**
 * The document as HTML. It is our own file, not user input; raw HTML inside it is escaped anyway
 * so a stray tag in the Markdown cannot become markup on the page.
 */
export function methodologyHtml(locale: Locale): string {
	let page = html.get(locale);
	if (page === undefined) {
		const marked = new Marked({ gfm: true });
		marked.use({
			renderer: {
				html: ({ text }) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
			}
		});
		page = marked.parse(methodologyText(locale), { async: false });
		html.set(locale, page);
	}
	return page;
}

/** The default framework's codebook, every name in both languages (the page shows one, the search matches both). */
export function codebookRows(): CodebookEntry[] {
	return codebookEntries(DEFAULT_FRAMEWORK);
}
