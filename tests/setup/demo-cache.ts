/**
 * Global setup of the integration and browser tiers: a place, for this run only, where the demo
 * dataset is seeded once and copied for every test that needs it (tests/helpers/demo-database.ts).
 * Seeding and scoring the demo takes ~25 s per database; copying it, a fraction of a second. Both
 * tiers share the one cache: vitest runs every project's global setup before the first test file and
 * tears them all down after the last, so the first project makes it and the others reuse it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { PG_ADMIN_URL } from '../helpers/databases.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** A directory for the seeded SQLite template, and the name of the PostgreSQL template database. */
		demoCache: { dir: string; pgTemplate: string };
	}
}

type Cache = { dir: string; pgTemplate: string; users: number };
/** On globalThis: each project loads this module on its own, but in the one vitest process. */
const KEY = Symbol.for('himap.demoCache');
const shared = globalThis as { [KEY]?: Cache };

export default function setup(project: TestProject) {
	const cache = (shared[KEY] ??= {
		dir: mkdtempSync(join(tmpdir(), 'himap-demo-cache-')),
		pgTemplate: `himap_demo_${process.pid}`,
		users: 0
	});
	cache.users++;
	project.provide('demoCache', { dir: cache.dir, pgTemplate: cache.pgTemplate });
	return async () => {
		// The last project to finish removes it.
		if (--cache.users > 0) return;
		delete shared[KEY];
		rmSync(cache.dir, { recursive: true, force: true });
		const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
		try {
			await admin.connect();
			// The half-seeded one too, left by a seeding that failed or timed out.
			for (const name of [cache.pgTemplate, `${cache.pgTemplate}_seeding`])
				await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
		} catch {
			// No PostgreSQL, no template to drop: the tests that need it have said so already.
		} finally {
			await admin.end().catch(() => {});
		}
	};
}
