/**
 * One survey file's import inside its transaction (import-service.ts opens and ends it).
 */
import type { Transaction } from 'kysely';
import { resolveHeader } from '../survey/header.ts';
import { checkIdentity, type Move } from '../survey/identity.ts';
import { groupIssues } from '../survey/issue-groups.ts';
import type { IssueCode, SurveyIssue } from '../survey/issues.ts';
import { answerColumnNames, TEMPLATES } from '../survey/templates.ts';
import { SurveyValidator, type SurveyRow } from '../survey/validator.ts';
import { insertResponseRows } from './db/bulk-insert.ts';
import type { HimapDatabase } from './db/connect.ts';
import { currentVersionsWithAnswers } from './db/preview.repository.ts';
import * as responses from './db/responses.repository.ts';
import type { Database } from './db/schema.ts';
import * as submissions from './db/submissions.repository.ts';
import type { ImportOptions, ImportResult, ImportSummary } from './import-service.ts';
import { coveringRegion } from '../survey/region-cover.ts';
import { REGIONS } from './region-reference.ts';
import { observedFile, pairStored, type ObservedRow } from './import-observer.ts';
import type { FileRejected, RecordBatch } from './survey-file.ts';

// Rows per database round trip. Small enough that a batch's JSON for PostgreSQL (~120 KB) stays
// out of V8's large-object space, which is collected late and inflated peak RSS at 1M rows.
const BATCH = 250;

const isBlank = (fields: string[]) => fields.every((f) => f.trim() === '');

/** Approved data is locked against submissions until a reviewer reopens it (docs/security.md, Review). */
const approvedLocked = (row: number, data: SurveyRow, submissionId: number, column: string): SurveyIssue => ({
	row,
	column,
	value: data.respondentId,
	message: `${data.respondentId} (${data.name}) was approved for ${data.year} (submission #${submissionId}) and is locked; ask your reviewer to reopen it before sending it again, or leave this row out`,
	code: 'approved-locked',
	params: { id: data.respondentId, name: data.name, year: data.year, submission: submissionId }
});

/**
 * One file's import inside its transaction: the header, then records validated one by one and
 * stored a batch at a time — each batch's respondents checked against who they were before
 * (survey/identity.ts) and their earlier versions superseded. The first error stops the writing;
 * validation and identity checks go on, so every error is reported in one pass.
 */
export class FileImport {
	private validator: SurveyValidator | null = null;
	/** Set when the header already decided the outcome. */
	private result: ImportResult | null = null;
	private warnings: SurveyIssue[] = [];
	private warningCount = 0;
	private pending: { row: number; data: SurveyRow }[] = [];
	private accepted = 0;
	private superseded = 0;
	private readonly years = new Set<number>();
	/** The lowest and highest region codes of the rows: the file's region lies over them (survey/region-cover.ts). */
	private lowest = '999999';
	private highest = '000000';
	private readonly moves: Move[] = [];
	/** Rounds already holding responses: only rows of those can supersede (or clash with) anything. */
	private readonly occupied = new Set<number>();
	private readonly checked = new Set<number>();
	// One batch in flight while the next is parsed: PostgreSQL works on another core meanwhile.
	private inFlight: Promise<void> = Promise.resolve();

	constructor(
		private readonly trx: Transaction<Database>,
		private readonly database: HimapDatabase,
		private readonly options: ImportOptions,
		private readonly submissionId: number
	) {}

	/** Takes the next records; false once the outcome is decided (a header that cannot be read). */
	async records(batch: RecordBatch): Promise<boolean> {
		for (let i = 0; i < batch.records.length; i++) {
			const fields = batch.records[i];
			if (isBlank(fields)) continue;
			const row = batch.firstRow + i;
			if (!this.validator) {
				if (!this.header(fields)) return false;
				continue;
			}
			const valid = this.validator.row(fields, row);
			if (!valid) continue;
			if (this.refuse(valid, row)) return false;
			this.accepted++;
			this.years.add(valid.year);
			this.pending.push({ row, data: valid });
			if (this.pending.length >= BATCH) await this.flush();
		}
		for (const issue of batch.issues) this.validator?.report(issue);
		return true;
	}

	/**
	 * The file could not be read on (record-guard.ts, or an encoding it does not know): the rows
	 * before stay validated and their errors reported, with this one after them.
	 */
	rejected(e: FileRejected): void {
		const { validator } = this;
		if (!validator) {
			// Before the header, no column has a name: the line names the row only.
			this.result = failWith([{ ...e.issue, column: null }]);
			return;
		}
		const v = e.violation;
		validator.report(
			v && v.kind !== 'record'
				? validator.overLimit(v.row, v.column - 1, e.issue, v.kind === 'unclosed')
				: e.issue
		);
	}

	private header(fields: string[]): boolean {
		const header = resolveHeader(fields, this.options.template);
		if (!header.ok) {
			this.result = failWith(header.errors);
			return false;
		}
		this.warnings = header.plan.warnings;
		this.warningCount = header.plan.warningCount;
		this.validator = new SurveyValidator(header.plan, REGIONS);
		this.options.observe?.start(observedFile(this.validator));
		return true;
	}

	/**
	 * Whether the caller may not submit this row (ImportOptions.admit): then the import ends here,
	 * storing nothing, with the refusal as its one error — the rest of a file one may not submit is
	 * not examined.
	 */
	private refuse(valid: SurveyRow, row: number): boolean {
		const { regionCode, year } = valid;
		if (regionCode < this.lowest) this.lowest = regionCode;
		if (regionCode > this.highest) this.highest = regionCode;
		const refusal = this.options.admit?.({ regionCode, year });
		if (!refusal) return false;
		const column = refusal.status === 409 ? 'year' : 'region_code';
		this.result = {
			...failWith([
				{
					row,
					column: this.validator!.columnName(column),
					value: refusal.status === 409 ? String(year) : regionCode,
					message: refusal.reason
				}
			]),
			refused: refusal
		};
		return true;
	}

	private async flush(): Promise<void> {
		const batch = this.pending;
		this.pending = [];
		if (batch.length === 0) return;
		await this.inFlight;
		this.inFlight = this.store(batch);
		// A failed batch must not be left unobserved while parsing goes on.
		this.inFlight.catch(() => {});
	}

	private async store(batch: { row: number; data: SurveyRow }[]): Promise<void> {
		const validator = this.validator!;
		const { trx, database } = this;
		for (const { data } of batch) {
			if (this.checked.has(data.year)) continue;
			this.checked.add(data.year);
			if (await responses.roundHasResponses(trx, data.year)) this.occupied.add(data.year);
		}
		const earlier: number[] = [];
		const { observe } = this.options;
		const observed = observe ? batch.map((r): ObservedRow => ({ ...r, stored: null })) : null;
		for (const year of this.occupied) {
			const rows = batch.filter((r) => r.data.year === year);
			if (rows.length === 0) continue;
			const ids = rows.map((r) => r.data.respondentId);
			const withAnswers = observed && (await currentVersionsWithAnswers(trx, database.dialect, year, ids));
			const current = withAnswers || (await responses.currentVersions(trx, database.dialect, year, ids));
			if (withAnswers) pairStored(observed!, year, withAnswers);
			for (const { row, data } of rows) {
				const stored = current.get(data.respondentId);
				if (!stored) continue;
				if (this.options.status === 'submitted' && stored.status === 'approved') {
					validator.report(
						approvedLocked(row, data, stored.submissionId, validator.columnName('respondent_id'))
					);
					continue;
				}
				const incoming = { ...data, survey: validator.template };
				const { issue, move } = checkIdentity(
					incoming,
					stored.identity,
					row,
					(c) => validator.columnName(c),
					Boolean(this.options.allowMove)
				);
				if (issue) validator.report(issue);
				if (move) this.moves.push(move);
				earlier.push(stored.id);
			}
		}
		// Errors anywhere stop the writing; the transaction is rolled back at the end anyway.
		if (validator.errorCount > 0) return;
		if (observe) await observe.batch(trx, database.dialect, observed!);
		this.superseded += await responses.supersede(trx, this.submissionId, earlier);
		await insertResponseRows(
			trx,
			database,
			this.submissionId,
			validator.template,
			batch.map((r) => r.data)
		);
	}

	async finish(encoding: string, sha256: string): Promise<ImportResult> {
		if (this.result) return this.result;
		const validator = this.validator;
		const warnings = { warnings: this.warnings, warningCount: this.warningCount };
		if (!validator)
			return fail('the file is empty; download a template, fill it in and upload it again', 'empty-file');
		await this.flush();
		await this.inFlight;
		if (validator.errorCount)
			return {
				ok: false,
				errors: validator.errors,
				errorCount: validator.errorCount,
				groups: validator.groups(),
				...warnings
			};
		if (this.accepted === 0)
			return {
				...fail('the file has a header but no data rows; add one row per respondent', 'no-data-rows'),
				...warnings
			};
		const region = coveringRegion(this.lowest, this.highest, REGIONS);
		const summary: ImportSummary = {
			submissionId: this.options.dryRun ? null : this.submissionId,
			fileName: this.options.fileName,
			template: validator.template,
			encoding,
			sha256,
			years: [...this.years].sort(),
			rows: this.accepted,
			new: this.accepted - this.superseded,
			superseded: this.superseded,
			moved: this.moves.length,
			dryRun: Boolean(this.options.dryRun)
		};
		await this.options.observe?.finish(this.trx, this.database.dialect, { years: summary.years, region });
		await submissions.complete(this.trx, this.submissionId, {
			sha256,
			encoding,
			template: summary.template,
			answer_columns: JSON.stringify(answerColumnNames(TEMPLATES[summary.template])),
			years: summary.years.join(','),
			row_count: summary.rows,
			new_count: summary.new,
			superseded_count: summary.superseded,
			region_code: region
		});
		const action = ['import', this.superseded && 'supersede', this.moves.length && 'move']
			.filter(Boolean)
			.join('+');
		await submissions.audit(this.trx, {
			actor: this.options.submittedBy,
			action,
			submission_id: this.submissionId,
			region,
			year: summary.years.length === 1 ? summary.years[0] : null,
			detail: {
				file: this.options.fileName,
				sha256,
				rows: summary.rows,
				new: summary.new,
				superseded: summary.superseded,
				...(this.moves.length ? { moves: this.moves } : {})
			}
		});
		return { ok: true, summary, ...warnings };
	}
}

function fail(message: string, code: IssueCode): ImportResult & { ok: false } {
	return failWith([{ row: null, column: null, value: null, message, code }]);
}

/** A file that failed before its rows were read: these errors are all there is. */
function failWith(errors: SurveyIssue[]): ImportResult & { ok: false } {
	return {
		ok: false,
		errors,
		errorCount: errors.length,
		groups: groupIssues(errors),
		warnings: [],
		warningCount: 0
	};
}
