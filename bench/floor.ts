/**
 * The floor: the naive streaming pipeline a competent engineer would write in an afternoon —
 * decode, papaparse, trim / 是→1 / Number, one bare prepared INSERT per row in one transaction.
 * No validation, no history, no duplicate checks. HIMAP's import is measured against it.
 * Usage: node bin/run-ts.js bench/floor.ts <file> <sqlite path>; prints JSON.
 */
import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import Database from 'better-sqlite3';
import Papa from 'papaparse';

const [file, dbPath] = process.argv.slice(2);
const db = new Database(dbPath);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');

const started = performance.now();
const decoder = new TextDecoder('gb18030');
const decode = new Transform({
	readableObjectMode: true,
	transform(chunk, _e, done) {
		done(null, decoder.decode(chunk, { stream: true }));
	},
	flush(done) {
		done(null, decoder.decode());
	}
});
const text = createReadStream(file, { highWaterMark: 1 << 20 }).pipe(decode);

let insert: Database.Statement | null = null;
let rows = 0;
const convert = (v: string) => {
	const t = v.trim();
	if (t === '是') return 1;
	if (t === '否') return 0;
	if (t === '') return null;
	const n = Number(t);
	return Number.isNaN(n) ? t : n;
};
db.exec('begin');
await new Promise<void>((resolve, reject) => {
	Papa.parse(text as unknown as File, {
		delimiter: ',',
		chunk(results) {
			for (const record of results.data as string[][]) {
				if (!insert) {
					const cols = record.map((_, i) => `c${i}`);
					db.exec(`create table rows (${cols.join(',')})`);
					insert = db.prepare(`insert into rows values (${cols.map(() => '?').join(',')})`);
					continue;
				}
				if (record.length < 2) continue;
				insert.run(record.map(convert));
				rows++;
			}
		},
		complete: () => resolve(),
		error: reject
	});
});
db.exec('commit');
const seconds = (performance.now() - started) / 1000;
db.close();
console.log(JSON.stringify({ rows, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
