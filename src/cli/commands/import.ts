import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatIssue } from '../../lib/survey/issues.ts';
import type { TemplateId } from '../../lib/survey/templates.ts';
import { importSurveyPath, type ImportSummary } from '../../lib/server/import-service.ts';
import { withDatabase } from '../database.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';

export const help = `Usage: himap import <file.csv> [--template regional|hospital] [--dry-run] [--db URL]

Validates a survey CSV (UTF-8 or GB18030, English or Chinese headers) and stores it whole,
or stores nothing and prints one line per error: row <n>, column <name>: <message>.
  --template   regional or hospital (default: detected from the level / grade column)
  --dry-run    validate and report what would be stored, without writing
  --db         sqlite:<path> or postgres://… (default: DATABASE_URL, else sqlite:data/himap.db)
Exit: 0 stored, 1 invalid file (nothing stored), 2 usage error.`;

export function summaryLine(s: ImportSummary): string {
	const years = s.years.join(', ');
	const counts = `${s.new} new, ${s.superseded} superseded`;
	return s.dryRun
		? `dry run: ${s.rows} ${s.template} respondents for ${years} would be stored (${counts}) from ${s.fileName}; encoding ${s.encoding}; nothing was written`
		: `stored ${s.rows} ${s.template} respondents for ${years} (${counts}) from ${s.fileName}; encoding ${s.encoding}; submission #${s.submissionId}`;
}

export async function run(args: string[], io: CliIo): Promise<number> {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: { template: { type: 'string' }, 'dry-run': { type: 'boolean' }, db: { type: 'string' } }
	});
	if (positionals.length !== 1) throw new UsageError('import takes exactly one file');
	const [file] = positionals;
	if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`no such file: ${file}`);
	const template = values.template;
	if (template !== undefined && template !== 'regional' && template !== 'hospital') {
		throw new UsageError(`--template must be regional or hospital, not "${template}"`);
	}
	return withDatabase(values.db, async (database) => {
		const result = await importSurveyPath(database, file, {
			submittedBy: 'cli',
			template: template as TemplateId | undefined,
			dryRun: values['dry-run']
		});
		for (const w of result.warnings) io.err(`warning: ${formatIssue(w)}\n`);
		if (result.ok) {
			io.out(summaryLine(result.summary) + '\n');
			return EXIT.ok;
		}
		for (const e of result.errors) io.err(formatIssue(e) + '\n');
		const more = result.errorCount - result.errors.length;
		if (more > 0) io.err(`… and ${more} more errors\n`);
		io.err(
			`${result.errorCount} error${result.errorCount === 1 ? '' : 's'} in ${file}; nothing was stored\n`
		);
		return EXIT.invalid;
	});
}
