/**
 * Limits on a survey file's records, checked on the decoded text as it streams, before the CSV
 * parser builds any string from it: no value longer than MAX_FIELD characters, no record longer
 * than MAX_RECORD. Without them one line of 600 MB — or an unclosed quote that swallows the rest
 * of the file — becomes one string of that size, and memory follows the file instead of staying
 * flat. A quoted value that outgrows the limit is reported where its quote opened: that is almost
 * always a missing closing quote, and that row is the one to fix.
 *
 * Records are counted as the parser counts them (quoted line breaks stay inside a record), with
 * the first line break of the file deciding between LF, CRLF and CR, as papaparse guesses it.
 */

/** Far above any column's own limit (names: 200 characters), far below what hurts. */
export const MAX_FIELD = 65_536;
/** A record of the widest template is under 2 KB; a header of thousands of columns is not a survey. */
export const MAX_RECORD = 1_048_576;

export type GuardViolation = (
	| /** A value outgrew MAX_FIELD; `column` is 1-based. */
	  { kind: 'field'; row: number; column: number }
	  /** A quoted value outgrew MAX_FIELD: its quote opened at row/column. (One the file ends inside is the parser's to report.) */
	| { kind: 'unclosed'; row: number; column: number }
	/** A record outgrew MAX_RECORD. */
	| { kind: 'record'; row: number }
) & {
	/**
	 * Where in the text just checked the offending record starts (the text before it is whole
	 * records, fit to parse), or -1 when it started in an earlier piece.
	 */
	recordStart: number;
};

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

export class RecordGuard {
	private row = 1;
	private column = 1;
	private field = 0;
	private record = 0;
	private atFieldStart = true;
	private quoted = false;
	/** A quote inside a quoted value, not yet known to be doubled ("") or closing. */
	private quotePending = false;
	private quoteRow = 0;
	private quoteColumn = 0;
	/** How records end; null until the first line break, `cr?` after a CR whose next character is unseen. */
	private newline: 'lf' | 'crlf' | 'cr' | 'cr?' | null = null;

	constructor(
		private readonly maxField = MAX_FIELD,
		private readonly maxRecord = MAX_RECORD
	) {}

	/** Scans the next piece of text; the first limit it breaks, or null. */
	check(text: string): GuardViolation | null {
		// Most pieces hold no quote: then records end at every line break, and a line shorter than
		// the field limit cannot hold a value over it. Those are checked a line at a time with
		// native searches; anything else, a character at a time.
		const separator =
			this.newline === 'cr' ? '\r' : this.newline === 'lf' || this.newline === 'crlf' ? '\n' : null;
		if (separator && !this.quoted && !this.quotePending && text.indexOf('"') === -1)
			return this.checkLines(text, separator);
		return this.checkCharacters(text);
	}

	/** check() for a piece with no quote in it and no quoted value open. */
	private checkLines(text: string, separator: string): GuardViolation | null {
		for (let pos = 0; ;) {
			const recordStart = this.record === 0 ? pos : -1;
			const at = text.indexOf(separator, pos);
			const end = at === -1 ? text.length : at;
			const length = end - pos;
			if (this.record + length > this.maxRecord) return { kind: 'record', row: this.row, recordStart };
			if (this.field + length > this.maxField || at === -1) {
				// A long line (its values measured one by one), or the unfinished end of the piece
				// (where the next piece carries on counting).
				const v = this.checkCharacters(text.slice(pos, end));
				if (v) return { ...v, recordStart };
			} else this.record += length;
			if (at === -1) return null;
			this.endRecord();
			pos = at + 1;
		}
	}

	/** check() one character at a time, following quotes and line breaks of any kind. */
	private checkCharacters(text: string): GuardViolation | null {
		let recordStart = this.record === 0 ? 0 : -1;
		const at = <V>(v: V) => ({ ...v, recordStart });
		for (let i = 0; i < text.length; i++) {
			const c = text.charCodeAt(i);
			// The file's first line break was a CR: this character says whether a LF completes it.
			if (this.newline === 'cr?') {
				this.newline = c === LF ? 'crlf' : 'cr';
				if (this.newline === 'cr') {
					this.endRecord();
					recordStart = i;
				}
			}
			this.field++;
			this.record++;
			if (this.quoted) {
				if (this.field > this.maxField)
					return at({ kind: 'unclosed' as const, row: this.quoteRow, column: this.quoteColumn });
				if (this.quotePending) {
					this.quotePending = false;
					if (c === QUOTE) continue; // a doubled quote: one quote in the value
					this.quoted = false; // the value's closing quote was the one before
				} else {
					if (c === QUOTE) this.quotePending = true;
					continue;
				}
			}
			if (c === COMMA) {
				this.column++;
				this.field = 0;
				this.atFieldStart = true;
				continue;
			}
			if (c === LF || c === CR) {
				if (this.newline === null) this.newline = c === LF ? 'lf' : 'cr?';
				if (this.newline === 'cr?') continue;
				if (c === (this.newline === 'cr' ? CR : LF)) {
					this.endRecord();
					recordStart = i + 1;
					continue;
				}
			}
			if (c === QUOTE && this.atFieldStart) {
				this.quoted = true;
				this.quoteRow = this.row;
				this.quoteColumn = this.column;
			}
			this.atFieldStart = false;
			if (this.field > this.maxField)
				return at({ kind: 'field' as const, row: this.row, column: this.column });
			if (this.record > this.maxRecord) return at({ kind: 'record' as const, row: this.row });
		}
		return null;
	}

	private endRecord(): void {
		this.row++;
		this.column = 1;
		this.field = 0;
		this.record = 0;
		this.atFieldStart = true;
	}
}
