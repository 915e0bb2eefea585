import adapter from '@sveltejs/adapter-node';

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
		// SvelteKit's CSRF origin check stays on: no other site may post a form to HIMAP.
		csrf: { trustedOrigins: [] }
	}
};

export default config;
