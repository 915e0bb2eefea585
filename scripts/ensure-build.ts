/** Builds the app unless build/ is current (scripts/app-build.ts): what scripts/test.sh runs. */
import { ensureBuild } from './app-build.ts';

try {
	await ensureBuild();
} catch (e) {
	console.error((e as Error).message);
	process.exit(1);
}
