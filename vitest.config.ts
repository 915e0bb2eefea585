import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		expect: { requireAssertions: true },
		// One file at a time (vitest's default on the 2-core CI machine). Two at once was tried: no
		// faster on two cores, and an app's background scorer, starved by the other file's Chromium,
		// once took past a test's patience.
		maxWorkers: 1,
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'], environment: 'node' }
			},
			{
				extends: true,
				test: {
					name: 'integration',
					include: ['tests/integration/**/*.test.ts'],
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
