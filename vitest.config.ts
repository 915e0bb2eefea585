import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		expect: { requireAssertions: true },
		// Unit and integration files two at a time: the integration tier waits on PostgreSQL, child
		// processes and the apps it starts as much as it computes. Browser files then one at a time, on
		// their own (sequence.groupOrder): an app's background scorer, starved by another file's
		// Chromium, once took past a test's patience when everything ran two at a time.
		maxWorkers: 1,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
					environment: 'node',
					maxWorkers: 2,
					sequence: { groupOrder: 0 }
				}
			},
			{
				extends: true,
				test: {
					name: 'integration',
					include: ['tests/integration/**/*.test.ts'],
					maxWorkers: 2,
					sequence: { groupOrder: 0 },
					globalSetup: ['tests/setup/app-build.ts', 'tests/setup/demo-cache.ts'],
					environment: 'node',
					testTimeout: 120_000,
					// A file's beforeAll may seed the run's demo (~25 s a database), or wait for the other
					// worker's file seeding it (tests/helpers/demo-database.ts).
					hookTimeout: 180_000
				}
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					maxWorkers: 1,
					sequence: { groupOrder: 1 },
					globalSetup: ['tests/setup/app-build.ts', 'tests/setup/demo-cache.ts'],
					environment: 'node',
					// Starting the app and Chromium, then pages that draw charts, on a 2-core machine.
					testTimeout: 120_000,
					hookTimeout: 180_000
				}
			}
		]
	}
});
