import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		expect: { requireAssertions: true },
		// Two test files at once, from any project, whatever the core count (vitest's default leaves
		// one core to itself: one file at a time on the 2-core CI machine). Most of an integration or
		// browser file's time is spent waiting on Chromium, the app's server, PostgreSQL or the CLI
		// it started, and the unit files fill the gaps. Files never share state: each starts its own
		// server on a free port and works on its own copy of the demo (tests/helpers/demo-database.ts).
		maxWorkers: 2,
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
