/**
 * Full recompute of a round's scores (load, score, store), or (`rollup`) the roll-up of fresh
 * scores to provinces, each in its own process for an honest peak RSS.
 * Usage: node bin/run-ts.js bench/scoring-child.ts <db url> <year> [recompute|rollup]
 */
import { openDatabase } from '../src/lib/server/db/connect.ts';
import { migrateToLatest } from '../src/lib/server/db/migrate.ts';
import { provincesOf, roundIndex } from '../src/lib/server/index-service.ts';
import { freshRun } from '../src/lib/server/score-service.ts';

const [url, year, phase = 'recompute'] = process.argv.slice(2);
const database = openDatabase(url);
await migrateToLatest(database.db);
const t = performance.now();
let respondents: number | undefined;
let provinces: number | undefined;
if (phase === 'recompute') {
	// Measure a real recompute, not a cache hit.
	await database.db.deleteFrom('scores').execute();
	await database.db.deleteFrom('score_runs').execute();
	respondents = (await freshRun(database, Number(year)))?.respondents;
} else {
	provinces = provincesOf((await roundIndex(database, Number(year)))!).length;
}
const seconds = (performance.now() - t) / 1000;
await database.close();
console.log(
	JSON.stringify({ phase, respondents, provinces, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 })
);
