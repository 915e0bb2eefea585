/**
 * Full recompute of a round's scores (load, score, store) and the roll-up to provinces, in its
 * own process for an honest peak RSS. Usage: node bin/run-ts.js bench/scoring-child.ts <db url> <year>
 */
import { openDatabase } from '../src/lib/server/db/connect.ts';
import { migrateToLatest } from '../src/lib/server/db/migrate.ts';
import { provincesOf, roundIndex } from '../src/lib/server/index-service.ts';
import { freshRun } from '../src/lib/server/score-service.ts';

const [url, year] = process.argv.slice(2);
const database = openDatabase(url);
await migrateToLatest(database.db);
// Measure a real recompute, not a cache hit.
await database.db.deleteFrom('scores').execute();
await database.db.deleteFrom('score_runs').execute();
let t = performance.now();
const run = await freshRun(database, Number(year));
const recompute = (performance.now() - t) / 1000;
t = performance.now();
const index = await roundIndex(database, Number(year));
const provinces = provincesOf(index!);
const rollup = (performance.now() - t) / 1000;
await database.close();
console.log(
	JSON.stringify({
		respondents: run?.respondents,
		provinces: provinces.length,
		recompute,
		rollup,
		maxRssMb: process.resourceUsage().maxRSS / 1024
	})
);
