/**
 * The rank-uncertainty Monte Carlo for a round, in its own process: reading and scoring the round
 * and preparing the province profiles (scales with respondents), then the 1,000 draws over the
 * provinces (scales with draws × provinces). Usage: node bin/run-ts.js bench/monte-carlo-child.ts <db url> <year>
 */
import { uncertaintyInputs } from '../src/lib/analysis/rank-profiles.ts';
import { rankUncertainty } from '../src/lib/analysis/sensitivity.ts';
import { DEFAULT_METHOD } from '../src/lib/scoring/method.ts';
import { createRng } from '../src/lib/scoring/random.ts';
import { scoreRound } from '../src/lib/scoring/score-round.ts';
import { openDatabase } from '../src/lib/server/db/connect.ts';
import { migrateToLatest } from '../src/lib/server/db/migrate.ts';
import { withSnapshot } from '../src/lib/server/db/snapshot.ts';
import { DEFAULT_FRAMEWORK } from '../src/lib/server/framework-store.ts';
import { DEFAULT_DRAWS, DEFAULT_SEED } from '../src/lib/server/refresh-service.ts';
import { readRoundData } from '../src/lib/server/round-data.ts';

const [url, year] = process.argv.slice(2);
const database = openDatabase(url);
await migrateToLatest(database.db);
let t = performance.now();
const framework = DEFAULT_FRAMEWORK;
const data = await withSnapshot(database, (s) => readRoundData(s, Number(year), framework));
const scored = scoreRound(framework, data.columns, DEFAULT_METHOD);
const flagged = (g: number, k: number) => scored.groups[g].flags[k] !== null;
const inputs = uncertaintyInputs(framework, DEFAULT_METHOD, data.columns, flagged, scored.report.weights);
const prepare = (performance.now() - t) / 1000;
t = performance.now();
const { intervals } = rankUncertainty(
	inputs.base,
	inputs.structures,
	inputs.profiles,
	createRng(DEFAULT_SEED),
	DEFAULT_DRAWS
);
const draws = (performance.now() - t) / 1000;
await database.close();
console.log(
	JSON.stringify({
		provinces: intervals.length,
		prepare,
		draws,
		maxRssMb: process.resourceUsage().maxRSS / 1024
	})
);
