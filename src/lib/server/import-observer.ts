/**
 * What an import shows to whoever watches it (the preview of issue #13): each batch it stores,
 * dry run or not, row by row with the version each row supersedes. An import with no observer does
 * none of this work (bench/import-budgets.ts holds the import to its budget without one).
 */
import type { Transaction } from 'kysely';
import { answerColumnNames, TEMPLATES, type TemplateId } from '../survey/templates.ts';
import type { SurveyRow, SurveyValidator } from '../survey/validator.ts';
import type { DialectName } from './db/connect.ts';
import type { StoredVersion } from './db/preview.repository.ts';
import type { Database } from './db/schema.ts';

export type { StoredVersion };

/** The file being imported, once its header is read. */
export interface ObservedFile {
	template: TemplateId;
	/** The template's answer columns, in the order of SurveyRow.answers. */
	answerColumns: readonly string[];
	/** A column as the file names it (its header cell), from the template's name for it. */
	columnName(name: string): string;
}

export interface ObservedRow {
	/** The file's row number (the header is row 1). */
	row: number;
	data: SurveyRow;
	/** The current version this row would supersede, or null when the respondent is new to its round. */
	stored: StoredVersion | null;
}

export interface ImportObserver {
	/** Once, after the header. */
	start(file: ObservedFile): void;
	/**
	 * Each batch (≤ 250 rows) before it is stored, inside the import's transaction: what the
	 * observer reads sees the round as it was before this batch.
	 */
	batch(trx: Transaction<Database>, dialect: DialectName, rows: readonly ObservedRow[]): Promise<void>;
	/**
	 * Once, after every row is stored and before the transaction ends (not called for a file with
	 * errors): `region` is the smallest region holding the file's rows (survey/region-cover.ts).
	 */
	finish(
		trx: Transaction<Database>,
		dialect: DialectName,
		file: { years: readonly number[]; region: string }
	): Promise<void>;
}

/** Gives each observed row of `year` the current version it supersedes (FileImport, per batch). */
export function pairStored(
	rows: ObservedRow[],
	year: number,
	current: ReadonlyMap<string, StoredVersion>
): void {
	for (const r of rows) if (r.data.year === year) r.stored = current.get(r.data.respondentId) ?? null;
}

/** The file as its validator sees it, once the header is read. */
export const observedFile = (validator: SurveyValidator): ObservedFile => ({
	template: validator.template,
	answerColumns: answerColumnNames(TEMPLATES[validator.template]),
	columnName: (name) => validator.columnName(name)
});
