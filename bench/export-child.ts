/**
 * Runs `himap export` end to end in its own process (the same `run` as bin/himap.js), writing to
 * a sink that counts lines and bytes and keeps nothing, and reports wall time and peak RSS.
 * Usage: node bin/run-ts.js bench/export-child.ts <db url> <table> <year> <format> [file.xlsx]
 */
import { Writable } from 'node:stream';
import { run } from '../src/cli/main.ts';

const [url, table, year, format, out] = process.argv.slice(2);
let bytes = 0;
let lines = 0;
const stdout = new Writable({
	write(chunk: Buffer, _encoding, done) {
		bytes += chunk.length;
		for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
		done();
	}
});
let err = '';
const started = performance.now();
const code = await run(
	['export', table, '--year', year, '--format', format, '--db', url, ...(out ? ['--out', out] : [])],
	{
		out: (t) => stdout.write(t),
		err: (t) => void (err += t),
		stdout
	}
);
const seconds = (performance.now() - started) / 1000;
console.log(
	JSON.stringify({
		code,
		seconds,
		bytes,
		lines,
		maxRssMb: process.resourceUsage().maxRSS / 1024,
		err: err.slice(0, 300)
	})
);
