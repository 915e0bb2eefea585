/**
 * Global setup of the integration and browser tiers: a place, for this run only, where the demo
 * dataset is seeded once and copied for every test that needs it (tests/helpers/demo-database.ts).
 * Seeding and scoring the demo takes ~25 s; copying it, a fraction of a second.
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

export default function setup(project: TestProject) {
	const dir = mkdtempSync(join(tmpdir(), 'himap-demo-cache-'));
	const pgTemplate = `himap_demo_${process.pid}_${project.name}`;
	project.provide('demoCache', { dir, pgTemplate });
	return async () => {
		rmSync(dir, { recursive: true, force: true });
		const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
		try {
			await admin.connect();
			await admin.query(`DROP DATABASE IF EXISTS ${pgTemplate} WITH (FORCE)`);
		} catch {
			// No PostgreSQL, no template to drop: the tests that need it have said so already.
		} finally {
			await admin.end().catch(() => {});
		}
	};
}
