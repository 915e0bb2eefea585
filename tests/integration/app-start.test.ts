/**
 * The web app's start (src/lib/server/app-database.ts) that failed is tried again by the next
 * request, not remembered: a database directory created after a failed start is opened, migrated
 * and served.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { app } from '../../src/lib/server/app-database.ts';

const dir = mkdtempSync(join(tmpdir(), 'himap-app-start-'));
const saved = process.env.DATABASE_URL;

afterAll(() => {
	// adapter-node's shutdown event: stops the scoring runner and closes the database.
	process.emit('sveltekit:shutdown' as never);
	process.env.DATABASE_URL = saved;
	rmSync(dir, { recursive: true, force: true });
});

describe('a failed start of the web app', () => {
	it('is tried again on the next request, which then gets the database', async () => {
		process.env.DATABASE_URL = `sqlite:${join(dir, 'later', 'himap.db')}`;
		await expect(app()).rejects.toThrow(/does not exist/);
		await expect(app()).rejects.toThrow(/does not exist/);

		mkdirSync(join(dir, 'later'));
		const started = await app();
		expect(started.database.dialect).toBe('sqlite');
		expect(started.availability.state.up).toBe(true);
		const { count } = await started.database.db
			.selectFrom('submissions')
			.select((eb) => eb.fn.countAll<number>().as('count'))
			.executeTakeFirstOrThrow();
		expect(Number(count)).toBe(0);
		expect(await app()).toBe(started);
	});
});
