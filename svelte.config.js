import adapter from '@sveltejs/adapter-node';
import { CSP_DIRECTIVES } from './src/lib/server/http/content-security-policy.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: {
		// Runes everywhere in our code; libraries decide for themselves.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// Files in build/client (immutable chunks, static/ such as the map's GeoJSON) get .br and .gz
		// copies at build, which the server sends to a client that accepts them; the server's own
		// answers are compressed as they go out (src/lib/server/http/compression.ts).
		adapter: adapter({ precompress: true }),
		// No other site may post to HIMAP: src/lib/server/http/origin-check.ts checks every request
		// that changes anything. SvelteKit's own check is off because it refuses, before any hook,
		// a multipart POST that has no Origin header — every script posting a survey file to the API
		// with its token (docs/security.md, Cross-site requests).
		csrf: { checkOrigin: false },
		// The page's Content-Security-Policy, with the hash of each inline script it renders: hashes,
		// not nonces, since a page is served again from the page cache as it was first rendered.
		csp: { mode: 'hash', directives: CSP_DIRECTIVES }
	}
};

export default config;
