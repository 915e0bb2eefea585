/** The methodology page's content: the methodology document rendered in the reader's language, and the codebook. */
import { Marked } from 'marked';
import { MESSAGES, type Locale, type MessageKey } from '../i18n/messages.ts';
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
		page = marked.parse(joinChineseLines(methodologyText(locale)), { async: false });
		html.set(locale, page);
	}
	return page;
}

/** The default framework's codebook, every name in both languages (the page shows one, the search matches both). */
export function codebookRows(): CodebookEntry[] {
	return codebookEntries(DEFAULT_FRAMEWORK, groupName);
}

/** A respondent group's name in both languages, from the i18n files (`group_tertiary`). */
export function groupName(group: string): { zh: string; en: string } {
	const key = `group_${group}` as MessageKey;
	return { zh: MESSAGES['zh-CN'][key] ?? group, en: MESSAGES.en[key] ?? group };
}

// Chinese characters and punctuation (CJK symbols, ideographs, full-width forms).
const HAN = '\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef';
const BROKEN_LINE = new RegExp(`([${HAN}])\\n[ \\t]*(?=[${HAN}])`, 'g');

/**
 * A paragraph's line breaks between two Chinese characters removed. Markdown turns a line break
 * into a space, which English needs between words and Chinese does not have: "指数，\n并从" would
 * read "指数， 并从". Breaks next to Latin text, blank lines and list items stay as they are.
 */
export function joinChineseLines(markdown: string): string {
	return markdown.replace(BROKEN_LINE, '$1');
}
