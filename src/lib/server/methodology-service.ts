/** The methodology page's content: docs/methodology.md rendered, and the codebook. */
import { Marked } from 'marked';
import { codebookRows as rows } from './exports/data-tables.ts';
import { methodologyText } from './methodology-text.ts';
import type { Row } from './exports/table.ts';

let html: string | null = null;

/**
 * The document as HTML. It is our own file, not user input; raw HTML inside it is escaped anyway
 * so a stray tag in the Markdown cannot become markup on the page.
 */
export function methodologyHtml(): string {
	if (html === null) {
		const marked = new Marked({ gfm: true });
		marked.use({
			renderer: {
				html: ({ text }) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
			}
		});
		html = marked.parse(methodologyText(), { async: false });
	}
	return html;
}

export function codebookRows(): Row[] {
	return rows();
}
