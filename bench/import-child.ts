/**
 * Runs `himap import` end to end in its own process (the same `run` that bin/himap.js calls) and
 * reports wall time and peak RSS. Usage: node bin/run-ts.js bench/import-child.ts <file> <db url>
 */
import { run } from '../src/cli/main.ts';

const [file, url] = process.argv.slice(2);
let output = '';
const started = performance.now();
// Scoring is measured on its own (scoring-child.ts): this is the import alone.
const code = await run(['import', file, '--db', url, '--no-score'], {
	out: (t) => (output += t),
	err: (t) => (output += t)
});
const seconds = (performance.now() - started) / 1000;
console.log(
	JSON.stringify({
		code,
		seconds,
		maxRssMb: process.resourceUsage().maxRSS / 1024,
		output: output.trim().slice(0, 500)
	})
);
