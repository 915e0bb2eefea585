import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatIssue } from '../../lib/survey/issues.ts';
import type { TemplateId } from '../../lib/survey/templates.ts';
import {
	ImportOutcomeUnknown,
	importSurveyPath,
	type ImportSummary
} from '../../lib/server/import-service.ts';
import { withDatabase } from '../database.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';
import { reportFailure } from '../failure.ts';
import { scorePending } from '../scoring.ts';

export const help = `Usage: himap import <file.csv|file.xlsx> [--template regional|hospital] [--dry-run] [--allow-move]
                    [--status approved|submitted] [--no-score] [--db URL]

Validates a survey file — CSV (UTF-8 or GB18030) or XLSX (its first sheet), English or
Chinese headers — and stores it whole,
or stores nothing and prints one line per error: row <n>, column <name>: <message>.
Then scores the rounds it changed (a progress line on a terminal), so every page and export
shows them.
  --template   regional or hospital (default: detected from the level / grade column)
  --dry-run    validate and report what would be stored, without writing
  --allow-move let a resubmission change a respondent's region or level (recorded in the audit log)
  --status     approved (default: the operator is the national centre, and its data counts at
               once) or submitted (waits for a reviewer like a unit's upload)
  --no-score   store only; the server (or \`himap score\`) scores the rounds in the background
  --db         sqlite:<path> or postgres://… (default: DATABASE_URL, else sqlite:data/himap.db)
Exit: 0 stored, 1 invalid file (nothing stored), 2 usage error, 3 the database or the machine
failed (one line says what; nothing was stored unless it says so), 4 internal error.`;

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
		options: {
			template: { type: 'string' },
			'dry-run': { type: 'boolean' },
			'allow-move': { type: 'boolean' },
			'no-score': { type: 'boolean' },
			status: { type: 'string', default: 'approved' },
			db: { type: 'string' }
		}
	});
	if (positionals.length !== 1) throw new UsageError('import takes exactly one file');
	const [file] = positionals;
	if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`no such file: ${file}`);
	const template = values.template;
	if (template !== undefined && template !== 'regional' && template !== 'hospital') {
		throw new UsageError(`--template must be regional or hospital, not "${template}"`);
	}
	const status = values.status;
	if (status !== 'approved' && status !== 'submitted')
		throw new UsageError(`--status must be approved or submitted, not "${status}"`);
	return withDatabase(values.db, async (database) => {
		let result;
		try {
			result = await importSurveyPath(database, file, {
				submittedBy: 'cli',
				template: template as TemplateId | undefined,
				dryRun: values['dry-run'],
				allowMove: values['allow-move'],
				status
			});
		} catch (e) {
			if (e instanceof ImportOutcomeUnknown)
				return reportFailure(
					'import',
					e.cause,
					io,
					'; it struck while the import was being committed, so it may or may not have been stored (check with himap export submissions)'
				);
			return reportFailure('import', e, io, '; nothing was stored');
		}
		for (const w of result.warnings) io.err(`warning: ${formatIssue(w)}\n`);
		const moreWarnings = result.warningCount - result.warnings.length;
		if (moreWarnings > 0) io.err(`warning: … and ${moreWarnings} more warnings\n`);
		if (!result.ok) {
			for (const e of result.errors) io.err(formatIssue(e) + '\n');
			const more = result.errorCount - result.errors.length;
			if (more > 0) io.err(`… and ${more} more errors\n`);
			io.err(
				`${result.errorCount} error${result.errorCount === 1 ? '' : 's'} in ${file}; nothing was stored\n`
			);
			return EXIT.invalid;
		}
		const { summary } = result;
		io.out(summaryLine(summary) + '\n');
		if (summary.dryRun || values['no-score']) return EXIT.ok;
		try {
			await scorePending(database, summary.years, io);
		} catch (e) {
			const years = summary.years.join(', ');
			return reportFailure(
				'import',
				e,
				io,
				`; the file was stored (submission #${summary.submissionId}) but scoring ${years} did not finish — the server scores it in the background, or run himap score`
			);
		}
		return EXIT.ok;
	});
}
