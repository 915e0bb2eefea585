import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		expect: { requireAssertions: true },
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
					hookTimeout: 120_000
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
