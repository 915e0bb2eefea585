import { parseArgs } from 'node:util';
import { listFrameworks } from '../../lib/server/framework-service.ts';
import { withDatabase } from '../database.ts';
import { frameworkRefusal, storeFrameworkFile } from '../framework-flags.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';

export const help = `Usage: himap framework list [--db URL]
       himap framework add <file.json> [--db URL]

list: every framework scores can be computed under — the built-in default and each stored
version — one a line: id, version, SHA-256 of its content, when and by whom it was stored.
add: checks a framework file (the format of data/frameworks/himap-default-1.0.0.json; every
problem is listed, each with its JSON path) and stores it under its id and version. Storing a
version already stored with the same content does nothing; with other content it is refused:
bump "version". Exit 1 when the file is refused. \`himap score --framework <file.json>\` adds and
scores in one step.`;

export async function run(args: string[], io: CliIo): Promise<number> {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: { db: { type: 'string' } }
	});
	const [action, ...rest] = positionals;
	if (action === 'list' && rest.length === 0)
		return withDatabase(values.db, async (database) => {
			io.out('id\tversion\tsha256\tstored_at\tstored_by\n');
			for (const f of await listFrameworks(database))
				io.out(`${f.id}\t${f.version}\t${f.sha256}\t${f.storedAt ?? 'built in'}\t${f.storedBy ?? ''}\n`);
			return EXIT.ok;
		});
	if (action === 'add' && rest.length === 1)
		return withDatabase(values.db, async (database) => {
			try {
				const { framework, outcome } = await storeFrameworkFile(database, rest[0]);
				io.out(
					outcome === 'stored'
						? `stored framework ${framework.id} ${framework.version} from ${rest[0]}\n`
						: `framework ${framework.id} ${framework.version} is stored already with this content; nothing to do\n`
				);
				return EXIT.ok;
			} catch (e) {
				const code = frameworkRefusal('framework add', rest[0], e, io);
				if (code === null) throw e;
				return code;
			}
		});
	throw new UsageError('framework takes list, or add <file.json>');
}
