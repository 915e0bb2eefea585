/**
 * The text of docs/methodology.md, whatever the working directory. The Vite build (and vitest)
 * embed it in the bundle, so `node build` started anywhere, or a build copied without docs/, still
 * has it. Under tsx (the CLI and scripts) there is no bundle and no `import.meta.env`: the file is
 * read from the checkout this source file is in.
 */
import { readFileSync } from 'node:fs';

export function methodologyText(): string {
	if (!import.meta.env) return readFileSync(new URL('../../../docs/methodology.md', import.meta.url), 'utf8');
	const [text] = Object.values(
		import.meta.glob<string>('../../../docs/methodology.md', {
			query: '?raw',
			import: 'default',
			eager: true
		})
	);
	return text;
}
