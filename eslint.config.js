import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript checks undefined names better than ESLint can.
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	// One direction of flow (docs/architecture.md): the pure cores read no database, file or network,
	// and each reads only the layers before it. Tests may reach further to build their fixtures.
	...layerRules()
);

function layerRules() {
	const io = {
		regex: '(^|/)server/|^\\$lib/server|^node:|^(kysely|pg|better-sqlite3|pino)$',
		message: 'pure code does no I/O: move this to src/lib/server/ (docs/architecture.md)'
	};
	const later = (layers) => ({
		regex: `(^|/)(${layers.join('|')})/`,
		message: 'an earlier layer cannot import a later one (docs/architecture.md)'
	});
	const layer = (folder, laterLayers) => ({
		files: [`src/lib/${folder}/**/*.ts`],
		ignores: ['**/*.test.ts', '**/testing.ts', '**/test-support.ts'],
		rules: {
			'no-restricted-imports': ['error', { patterns: laterLayers.length ? [io, later(laterLayers)] : [io] }]
		}
	});
	return [
		layer('survey', ['scoring', 'analysis', 'charts', 'views', 'exports', 'demo']),
		layer('scoring', ['analysis', 'charts', 'views', 'demo']),
		layer('analysis', ['charts', 'views', 'demo']),
		layer('charts', ['analysis', 'views', 'demo']),
		layer('views', []),
		layer('exports', ['analysis', 'charts', 'views']),
		layer('i18n', ['survey', 'scoring', 'analysis', 'charts', 'views']),
		layer('demo', ['analysis', 'charts', 'views']),
		layer('openapi', ['survey', 'scoring', 'analysis', 'charts', 'views', 'exports', 'demo'])
	];
}
