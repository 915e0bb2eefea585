/**
 * The framework a dashboard page shows (docs/methodology.md section 3.7): the one the URL asks
 * for (`framework=id` or `id@version`) once the round has a run under it and the method shown,
 * otherwise the default — and then the background runner is asked to score it (never scored on
 * the request path), and the page says so.
 */
import type { Framework } from '../scoring/framework.ts';
import type { Method } from '../scoring/method.ts';
import type { FrameworkChoice } from '../views/framework-note.ts';
import type { Preparation } from '../views/page-base.ts';
import type { HimapDatabase } from './db/connect.ts';
import { FRAMEWORK_REF, findFramework, frameworkRef, listFrameworks } from './framework-service.ts';
import { DEFAULT_FRAMEWORK } from './framework-store.ts';
import { storedRound } from './index-service.ts';
import type { ScoringRunner } from './scoring-runner.ts';

export interface ServedFramework {
	framework: Framework;
	choice: FrameworkChoice;
}

export async function servedFramework(
	database: HimapDatabase,
	scoring: Pick<ScoringRunner, 'prepare'>,
	url: URL,
	year: number | null,
	method: Method
): Promise<ServedFramework> {
	const asked = url.searchParams.get('framework') ?? '';
	const stored = (await listFrameworks(database)).map(frameworkRef);
	const choice = (shown: Framework, extra: Partial<FrameworkChoice> = {}): ServedFramework => ({
		framework: shown,
		choice: { shown: frameworkRef(shown), stored, asked: null, preparing: null, missing: false, ...extra }
	});
	if (asked === '' || !FRAMEWORK_REF.test(asked)) return choice(DEFAULT_FRAMEWORK);
	const framework = await findFramework(database, asked);
	if (!framework) return choice(DEFAULT_FRAMEWORK, { asked, missing: true });
	if (framework === DEFAULT_FRAMEWORK || year === null) return choice(framework);
	if (await storedRound(database, year, method, framework)) return choice(framework);
	const preparing: Preparation = scoring.prepare(year, method, frameworkRef(framework));
	return choice(DEFAULT_FRAMEWORK, { asked: frameworkRef(framework), preparing });
}
