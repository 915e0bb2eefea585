/**
 * Full recompute of a round's stored run (read, score, roll up, rank intervals, audit, rates,
 * store), in its own process for an honest peak RSS.
 * Usage: node bin/run-ts.js bench/scoring-child.ts <db url> <year>
 */
import { openDatabase } from '../src/lib/server/db/connect.ts';
import { migrateToLatest } from '../src/lib/server/db/migrate.ts';
import { refreshRound } from '../src/lib/server/refresh-service.ts';

const [url, year] = process.argv.slice(2);
const database = openDatabase(url);
await migrateToLatest(database.db);
const t = performance.now();
const { run } = await refreshRound(database, Number(year), { force: true });
const seconds = (performance.now() - t) / 1000;
await database.close();
console.log(
	JSON.stringify({ respondents: run?.respondents, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 })
);
