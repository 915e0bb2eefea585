/**
 * The rank-uncertainty Monte Carlo for a round, in its own process: preparing the province
 * profiles from every stored response (scales with respondents), then the 1,000 draws over the
 * provinces (scales with draws × provinces). Usage: node bin/run-ts.js bench/monte-carlo-child.ts <db url> <year>
 */
import { openDatabase } from '../src/lib/server/db/connect.ts';
import { migrateToLatest } from '../src/lib/server/db/migrate.ts';
import { simulate, uncertaintyInputs } from '../src/lib/server/uncertainty-service.ts';

const [url, year] = process.argv.slice(2);
const database = openDatabase(url);
await migrateToLatest(database.db);
let t = performance.now();
const inputs = await uncertaintyInputs(database, Number(year));
const prepare = (performance.now() - t) / 1000;
t = performance.now();
const intervals = simulate(inputs!, { draws: 1000 });
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
