import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './migrate.ts';

const FOLDER = fileURLToPath(new URL('../../../../migrations/', import.meta.url));
const files = readdirSync(FOLDER)
	.filter((f) => f.endsWith('.ts'))
	.map((f) => f.slice(0, -'.ts'.length));

/** `20261130T0100_identity_check` → `identityCheck`: the binding the map's other entries use. */
const binding = (name: string) =>
	name.replace(/^[^_]*_/, '').replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

describe('the migrations the migrator runs', () => {
	// A migration file nobody lists is never run, and nothing else would say so: the server and the
	// CLI start happily on a schema one version behind.
	it('include every file in migrations/', () => {
		const missing = files.filter((name) => !(name in MIGRATIONS));
		const lines = missing.flatMap((name) => [
			`import * as ${binding(name)} from '../../../../migrations/${name}.ts';`,
			`'${name}': ${binding(name)},   (in MIGRATIONS)`
		]);
		expect(
			missing,
			`migrations/ has files src/lib/server/db/migrate.ts does not run; add there:\n${lines.join('\n')}\n`
		).toEqual([]);
	});

	it('are files in migrations/, each under its own file name', async () => {
		const unknown = Object.keys(MIGRATIONS).filter((name) => !files.includes(name));
		expect(unknown, 'src/lib/server/db/migrate.ts lists migrations that have no file in migrations/').toEqual(
			[]
		);
		for (const name of files.filter((n) => n in MIGRATIONS)) {
			const module: unknown = await import(/* @vite-ignore */ `${FOLDER}${name}.ts`);
			expect(MIGRATIONS[name], `MIGRATIONS['${name}'] must be migrations/${name}.ts`).toBe(module);
		}
	});
});
