/**
 * A clerk's upload checked as the upload page checks it (staging-service.ts `stageUpload`: saved to
 * the staging directory, dry-run with the import observer, the preview kept), in its own process
 * for an honest peak RSS. Usage: node bin/run-ts.js bench/preview-child.ts <file> <db url>
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { Principal } from '../src/lib/server/auth/permissions.ts';
import { openDatabase } from '../src/lib/server/db/connect.ts';
import { migrateToLatest } from '../src/lib/server/db/migrate.ts';
import { stageUpload } from '../src/lib/server/staging-service.ts';

const [file, url] = process.argv.slice(2);
const database = openDatabase(url);
await migrateToLatest(database.db);
const admin: Principal = { id: 0, login: 'bench', role: 'admin', region: null, via: 'session' };
const started = performance.now();
const staged = await stageUpload(database, admin, { fileName: basename(file), file: createReadStream(file) });
const seconds = (performance.now() - started) / 1000;
await database.close();
const { outcome } = staged;
const preview = outcome.ok ? outcome.preview : null;
console.log(
	JSON.stringify({
		ok: outcome.ok,
		errors: outcome.ok ? 0 : outcome.errorCount,
		rows: outcome.ok ? outcome.summary.rows : 0,
		warnings: preview?.warnings.count ?? 0,
		scored: preview?.scores.map((s) => s.state).join(',') ?? '',
		seconds,
		maxRssMb: process.resourceUsage().maxRSS / 1024
	})
);
