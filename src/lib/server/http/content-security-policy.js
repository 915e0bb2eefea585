/**
 * The Content-Security-Policy of every page (docs/security.md, Response headers). Plain JavaScript
 * because svelte.config.js reads it before anything is compiled: SvelteKit sends it with every page
 * it renders (`kit.csp`), adding to script-src the sha256 of each inline script of that page;
 * security-headers.ts sends it with the pages built without SvelteKit (the 403 and 503 answers) and
 * opens frame-ancestors for the embeds.
 *
 * Hashes, never nonces: a page from the page cache (page-cache.ts) is served again byte for byte,
 * and a nonce sent twice is no nonce. Its hashes are those of its own scripts, so it stays valid.
 */

/** @typedef {NonNullable<NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']>} Directives */

/** @type {Directives} */
export const CSP_DIRECTIVES = {
	'default-src': ['self'],
	// No 'unsafe-inline', no 'unsafe-eval': SvelteKit's one inline script (the start of hydration,
	// with the page's data) is allowed by its hash; ECharts, Svelte and our code never eval.
	'script-src': ['self'],
	// Style elements only from our own stylesheets (Svelte's CSS is extracted at build). Style
	// attributes are needed: the server renders each chart's height as one (Chart.svelte
	// `style:height`, so the page does not jump when the chart is drawn), Svelte's runtime sets
	// some, and the hook's 403 and 503 pages are styled by one. A browser without the -elem/-attr split (none current) reads style-src, which must then
	// allow both.
	'style-src': ['self', 'unsafe-inline'],
	'style-src-elem': ['self'],
	'style-src-attr': ['unsafe-inline'],
	// data: for the favicon Vite inlines; blob: for a chart's PNG download, painted from its SVG
	// through an <img> (charts/report-image.ts `pngOf`).
	'img-src': ['self', 'data:', 'blob:'],
	'connect-src': ['self'],
	'font-src': ['self'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self'],
	// Opened for the embeds only (security-headers.ts); X-Frame-Options says the same to old browsers.
	'frame-ancestors': ['none']
};

const KEYWORDS = new Set(['self', 'none', 'unsafe-inline', 'unsafe-eval', 'strict-dynamic']);

/**
 * The header's text for a set of directives, written as SvelteKit writes its own: keywords and
 * hashes quoted, directives in the order given.
 *
 * @param {Directives} directives
 * @returns {string}
 * @example policyText({ 'default-src': ['self'], 'img-src': ['self', 'data:'] })
 * // "default-src 'self'; img-src 'self' data:"
 */
export function policyText(directives) {
	return Object.entries(directives)
		.map(([name, sources]) =>
			[
				name,
				.../** @type {string[]} */ (sources).map((s) =>
					KEYWORDS.has(s) || /^sha\d{3}-/.test(s) ? `'${s}'` : s
				)
			].join(' ')
		)
		.join('; ');
}
