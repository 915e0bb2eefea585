/**
 * The floor for exports: the naive streamed `responses` export a competent engineer would write
 * in an afternoon — iterate the round's current rows (better-sqlite3), parse each answers array,
 * build one object per indicator and let papaparse write it, awaiting 'drain'. No snapshot, no
 * derived indicators, no formula neutralising. HIMAP's export is measured against it.
 * Usage: node bin/run-ts.js bench/export-floor.ts <sqlite path> <year> <max rows>; prints JSON.
 */
import { once } from 'node:events';
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import Papa from 'papaparse';

const [path, year, max] = process.argv.slice(2);
const limit = Number(max);
const db = new Database(path, { readonly: true });
const columns = new Map(
	(
		db.prepare('select id, answer_columns from submissions').all() as { id: number; answer_columns: string }[]
	).map((s) => [s.id, JSON.parse(s.answer_columns) as string[]])
);
let bytes = 0;
// The same sink as bench/export-child.ts: counts and keeps nothing.
const out = new Writable({
	write(chunk: Buffer, _e, done) {
		bytes += chunk.length;
		done();
	}
});
const started = performance.now();
let rows = 0;
const rowsOf = db
	.prepare(
		`select year, respondent_id, survey, respondent_group, region_code, province_code, submission_id, answers
		 from responses where superseded_by is null and year = ? order by survey, respondent_id`
	)
	.iterate(Number(year)) as Iterable<Record<string, string | number>>;
for (const r of rowsOf) {
	const names = columns.get(r.submission_id as number)!;
	const values = JSON.parse(r.answers as string) as (number | null)[];
	for (let i = 0; i < names.length; i++) {
		if (values[i] === null) continue;
		const line =
			Papa.unparse(
				[
					{
						year: r.year,
						respondent_id: r.respondent_id,
						survey: r.survey,
						group: r.respondent_group,
						region_code: r.region_code,
						province_code: r.province_code,
						indicator: names[i],
						value: values[i],
						source: 'answer'
					}
				],
				{ header: false }
			) + '\r\n';
		if (!out.write(line)) await once(out, 'drain');
		rows++;
	}
	if (rows >= limit) break;
}
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ rows, seconds, bytes, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
