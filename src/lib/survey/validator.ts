/**
 * Validates a survey file row by row, so a million-row file streams through in constant memory
 * (but for the keys seen, which catch duplicates). Every problem is collected, not just the first;
 * the list is capped and the total kept. Parsers are compiled once per column.
 */
import { headerKey, type HeaderPlan } from './header.ts';
import { IssueCollector, type IssueGroup } from './issue-groups.ts';
import { CONTROL, MAX_REPORTED_ISSUES, quoteValue, type SurveyIssue } from './issues.ts';
import { MAX_FIELD } from './record-guard.ts';
import { regionIssue } from './region-check.ts';
import type { RegionIndex } from './regions.ts';
import { answerColumnNames, type ColumnRole, type RespondentGroup, type TemplateId } from './templates.ts';
import { encodeAnswers } from './answers-codec.ts';
import { Invalid, normaliseCell, parserFor, type CellParser } from './values.ts';

/** A respondent's answers as stored: identity fields apart, indicator values as a JSON object. */
export interface SurveyRow {
	year: number;
	respondentId: string;
	name: string;
	regionCode: string;
	provinceCode: string;
	group: RespondentGroup;
	/** JSON array of answer values in template order (answerColumnNames), null where missing. */
	answers: string;
}

export { MAX_REPORTED_ISSUES };

interface Slot {
	header: string;
	name: string;
	zh: string;
	role: ColumnRole;
	required: boolean;
	parse: CellParser;
	/** Position in the answers array, or -1 for identity columns. */
	answerIndex: number;
	/** Free text may carry undecodable bytes through parsing; other types fail to parse them anyway. */
	isText: boolean;
}

// U+FFFD is what the decoder leaves for undecodable bytes; NUL never belongs in a CSV cell.
// eslint-disable-next-line no-control-regex
const NOT_TEXT = /[\uFFFD\u0000]/;

export class SurveyValidator {
	readonly template: TemplateId;
	/** The first MAX_REPORTED_ISSUES errors, every one counted and grouped (issue-groups.ts). */
	private readonly collected = new IssueCollector();
	/** One row's cell errors, held until the row is known not to be a repeated header. */
	private rowIssues: SurveyIssue[] | null = null;
	private readonly slots: (Slot | null)[];
	private readonly keys = new Map<number, Map<string, number>>();
	private readonly headerKeys: Set<string>;
	/** One row's answers, reused: a million rows need no million arrays. */
	private readonly values: Float64Array;

	constructor(
		private readonly plan: HeaderPlan,
		private readonly regions: RegionIndex
	) {
		this.template = plan.template.id;
		this.headerKeys = new Set(plan.template.columns.flatMap((c) => [c.name, c.zh.toLowerCase()]));
		const answerNames = answerColumnNames(plan.template);
		this.values = new Float64Array(answerNames.length);
		this.slots = plan.columns.map((c, i) =>
			c
				? {
						header: plan.headers[i],
						name: c.name,
						zh: c.zh,
						role: c.role,
						required: c.required,
						parse: parserFor(c.type),
						answerIndex: answerNames.indexOf(c.name),
						isText: c.type.kind === 'text'
					}
				: null
		);
	}

	report(issue: SurveyIssue): void {
		if (this.rowIssues) this.rowIssues.push(issue);
		else this.collected.add(issue);
	}

	get errors(): SurveyIssue[] {
		return this.collected.issues;
	}

	get errorCount(): number {
		return this.collected.count;
	}

	/** Repeats of one mistake as one line each, in the order of their first row. */
	groups(): IssueGroup[] {
		return this.collected.groups();
	}

	/** Checks one record (`row` counts the header as row 1). Returns the row to store, or null if it has errors. */
	row(fields: string[], row: number): SurveyRow | null {
		const slots = this.slots;
		if (fields.length !== slots.length) {
			this.report({
				row,
				column: null,
				value: null,
				message: `has ${fields.length} fields but the header has ${slots.length}; a value containing a comma, quote or line break must be in double quotes`,
				code: 'field-count',
				params: { fields: fields.length, expected: slots.length }
			});
			return null;
		}
		const rowIssues: SurveyIssue[] = (this.rowIssues = []);
		let year = 0;
		let respondentId = '';
		let name = '';
		let regionCode = '';
		let group = '';
		const values = this.values.fill(NaN);
		let master: number | undefined;
		let bachelor: number | undefined;
		for (let i = 0; i < slots.length; i++) {
			const slot = slots[i];
			if (slot === null) continue;
			const raw = fields[i];
			const cell = normaliseCell(raw);
			const value = slot.parse(cell);
			if (value instanceof Invalid || (slot.isText && NOT_TEXT.test(cell))) {
				this.reportCell(row, slot, raw, value);
				continue;
			}
			if (slot.isText && CONTROL.test(cell)) {
				this.reportControl(row, slot, raw);
				continue;
			}
			if (value === null) {
				if (slot.required) {
					this.report({
						row,
						column: slot.header,
						value: raw,
						message: `required value is missing; fill in ${slot.name} (${slot.zh})`,
						code: 'missing-required',
						params: { name: slot.name, zh: slot.zh }
					});
				}
				continue;
			}
			switch (slot.role) {
				case 'answer':
					values[slot.answerIndex] = value as number;
					if (slot.name === 'it_staff_master_pct') master = value as number;
					else if (slot.name === 'it_staff_bachelor_pct') bachelor = value as number;
					break;
				case 'year':
					year = value as number;
					break;
				case 'respondent_id':
					respondentId = value as string;
					break;
				case 'name':
					name = value as string;
					break;
				case 'region_code':
					regionCode = value as string;
					break;
				case 'group':
					group = value as string;
			}
		}
		this.rowIssues = null;
		if (rowIssues.length > 0) {
			if (this.isRepeatedHeader(fields)) {
				this.report({
					row,
					column: null,
					value: null,
					message: 'repeats the header row; were two files joined? Keep one header, at the top',
					code: 'repeated-header'
				});
			} else for (const issue of rowIssues) this.report(issue);
			return null;
		}
		const result: SurveyRow = {
			year,
			respondentId,
			name,
			regionCode,
			provinceCode: regionCode.slice(0, 2),
			group: group as RespondentGroup,
			answers: encodeAnswers(values)
		};
		return this.crossCheck(result, row, master, bachelor) ? result : null;
	}

	private reportCell(row: number, slot: Slot, raw: string, value: unknown) {
		const invalid = NOT_TEXT.test(raw) ? null : (value as Invalid);
		const message = invalid
			? `is ${invalid.message}`
			: 'holds bytes that are not text in the file’s encoding; the file mixes encodings or is damaged — save the whole file again as UTF-8 or GB18030';
		this.report({
			row,
			column: slot.header,
			value: raw,
			message: `${quoteValue(raw)} ${message}`,
			code: invalid ? invalid.code : 'not-text',
			params: invalid ? invalid.params : {}
		});
	}

	private reportControl(row: number, slot: Slot, raw: string) {
		const at = raw.search(CONTROL);
		const code = raw.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0');
		this.report({
			row,
			column: slot.header,
			value: raw,
			message: `${quoteValue(raw)} holds an invisible control character (U+${code}) at position ${at + 1}; delete it and type the text again (it usually comes in with text pasted from another program)`,
			code: 'control-character',
			params: { character: code, position: at + 1 }
		});
	}

	private isRepeatedHeader(fields: string[]): boolean {
		return (
			fields.length > 1 &&
			this.headerKeys.has(headerKey(fields[0])) &&
			this.headerKeys.has(headerKey(fields[1]))
		);
	}

	/**
	 * A value over the reader's length limit (record-guard.ts) in the column at `index`, named as
	 * the file names it. For a text column it says the column's own, shorter limit; for an unclosed
	 * quote (`quoteOpened`) and other columns, the reader's `message`.
	 */
	overLimit(row: number, index: number, issue: SurveyIssue, quoteOpened: boolean): SurveyIssue {
		const slot = this.slots[index];
		const column = slot?.header ?? this.plan.headers[index] ?? `#${index + 1}`;
		const type = slot ? this.plan.columns[index]!.type : null;
		if (!quoteOpened && type?.kind === 'text') {
			const limit = MAX_FIELD.toLocaleString('en');
			return {
				row,
				column,
				value: null,
				message: `is longer than ${type.maxLength} characters; shorten it (reading stopped past ${limit})`,
				code: 'text-over-limit',
				params: { maxLength: type.maxLength, limit }
			};
		}
		return { ...issue, row, column };
	}

	/** A template column as the file's header names it. */
	columnName(name: string): string {
		return this.slots.find((s) => s?.name === name)?.header ?? name;
	}

	/** Rules across columns: the region exists and fits the level, master ≤ bachelor, no duplicate key. */
	private crossCheck(r: SurveyRow, row: number, master?: number, bachelor?: number): boolean {
		const before = this.errorCount;
		const misplaced = regionIssue(r, row, this.template, this.regions, (c) => this.columnName(c));
		if (misplaced) this.report(misplaced);
		if (master !== undefined && bachelor !== undefined && master > bachelor) {
			this.report({
				row,
				column: this.columnName('it_staff_master_pct'),
				value: String(master),
				message: `master's share ${master} is above the bachelor-or-above share ${bachelor}; master's graduates count in both, so master ≤ bachelor`,
				code: 'master-above-bachelor',
				params: { master, bachelor }
			});
		}
		let seen = this.keys.get(r.year);
		if (!seen) this.keys.set(r.year, (seen = new Map()));
		const first = seen.get(r.respondentId);
		if (first !== undefined) {
			this.report({
				row,
				column: this.columnName('respondent_id'),
				value: r.respondentId,
				message: `respondent_id ${r.respondentId} appears twice for year ${r.year}, in rows ${first} and ${row}; keep one`,
				code: 'duplicate-respondent',
				params: { id: r.respondentId, year: r.year, first, row }
			});
		} else {
			seen.set(r.respondentId, row);
		}
		return this.errorCount === before;
	}
}
