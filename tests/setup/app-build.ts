/**
 * Global setup of the tiers that run the built app (tests/helpers/app-server.ts): build/ is made
 * again first when any of its sources changed since it was built, so no test runs stale code.
 */
import { ensureBuild } from '../../scripts/app-build.ts';

export default async function setup() {
	await ensureBuild();
}
