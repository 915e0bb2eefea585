/**
 * Cell value parsing per docs/contracts.md (Survey CSV templates). A parser returns the stored
 * value, `null` for a blank cell (missing, never zero), or an `Invalid` stating the rule. The happy
 * path allocates nothing: a million-row file passes through here twenty-odd million times.
 */
import type { IssueCode, IssueParams } from './issues.ts';
import type { ColumnType } from './templates.ts';

export class Invalid {
	constructor(
		readonly message: string,
		readonly code: IssueCode,
		readonly params: IssueParams = {}
	) {}
}

export type CellValue = number | string | null | Invalid;
export type CellParser = (cell: string) => CellValue;

const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/g;
// A separate non-global pattern: `test` on a /g regex keeps lastIndex between calls.
const HAS_FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;

/** Folds full-width ASCII (`４５％`, ideographic space) to half-width and trims. */
export function normaliseCell(raw: string): string {
	const folded = HAS_FULL_WIDTH.test(raw)
		? raw.replace(FULL_WIDTH, (ch) =>
				ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)
			)
		: raw;
	return folded.trim();
}

const BOOLEANS = new Map<string, number>();
for (const w of ['yes', 'y', 'true', '1', '是', '有']) BOOLEANS.set(w, 1);
for (const w of ['no', 'n', 'false', '0', '否', '无']) BOOLEANS.set(w, 0);
const NOT_BOOLEAN = new Invalid(
	'not a yes/no value; use yes/no, y/n, true/false, 1/0, 是/否 or 有/无',
	'not-boolean'
);

export function parseBoolean(cell: string): CellValue {
	if (cell === '') return null;
	return BOOLEANS.get(cell) ?? BOOLEANS.get(cell.toLowerCase()) ?? NOT_BOOLEAN;
}

const DECIMAL = /^\d+(\.\d+)?$/;
const NOT_PERCENT = new Invalid(
	'not a percentage; write a number from 0 to 100, such as 45, 45.5 or 45%',
	'not-percent'
);
const OVER_100 = new Invalid('a percentage above 100; write a number from 0 to 100', 'percent-over-100');

export function parsePercent(cell: string): CellValue {
	if (cell === '') return null;
	const digits = cell.charCodeAt(cell.length - 1) === 37 /* % */ ? cell.slice(0, -1).trimEnd() : cell;
	if (!DECIMAL.test(digits)) return NOT_PERCENT;
	const value = Number(digits);
	return value > 100 ? OVER_100 : value;
}

const INTEGER = /^-?\d+$/;

export function integerParser(min: number, max: number): CellParser {
	const notInteger = new Invalid(
		`not a whole number; write an integer from ${min} to ${max}`,
		'not-integer',
		{
			min,
			max
		}
	);
	const outOfRange = new Invalid(
		`out of range; write an integer from ${min} to ${max}`,
		'integer-out-of-range',
		{
			min,
			max
		}
	);
	return (cell) => {
		if (cell === '') return null;
		if (!INTEGER.test(cell)) return notInteger;
		const value = Number(cell);
		return value < min || value > max ? outOfRange : value;
	};
}

export function ordinalParser(levels: readonly (readonly string[])[]): CellParser {
	const index = new Map<string, number>();
	levels.forEach((spellings, i) => spellings.forEach((s) => index.set(s.toUpperCase(), i)));
	const allowed = levels.map((s) => s.join('/')).join(', ');
	const invalid = new Invalid(`not a known grade; use one of ${allowed}`, 'unknown-grade', { allowed });
	return (cell) => (cell === '' ? null : (index.get(cell.toUpperCase()) ?? invalid));
}

export function choiceParser(options: readonly { value: string; aliases: readonly string[] }[]): CellParser {
	const index = new Map<string, string>();
	for (const o of options) {
		index.set(o.value, o.value);
		for (const a of o.aliases) index.set(a, o.value);
	}
	const allowed = options.map((o) => [o.value, ...o.aliases].join('/')).join(', ');
	const invalid = new Invalid(`not an allowed value; use one of ${allowed}`, 'not-allowed-choice', {
		allowed
	});
	return (cell) => (cell === '' ? null : (index.get(cell) ?? index.get(cell.toLowerCase()) ?? invalid));
}

export function textParser(maxLength: number, pattern?: RegExp, rule?: string): CellParser {
	const tooLong = new Invalid(`longer than ${maxLength} characters; shorten it`, 'text-too-long', {
		maxLength
	});
	const notAllowed = new Invalid(`not allowed here; use ${rule}`, 'text-not-allowed', { rule: rule ?? '' });
	return (cell) => {
		if (cell === '') return null;
		// Length in characters, not UTF-16 units; only long strings need the slow count, and past twice
		// the limit none does (a character is at most two units), so a 50 MB cell is not spread out.
		const long = cell.length > 2 * maxLength || (cell.length > maxLength && [...cell].length > maxLength);
		if (long) return tooLong;
		return pattern && !pattern.test(cell) ? notAllowed : cell;
	};
}

const REGION_SHAPE = /^\d{6}$/;
const NOT_REGION = new Invalid('not a 6-digit GB/T 2260 administrative division code', 'not-region-code');

/** Region codes are shape-checked here; whether they exist is the validator's business. */
export function parseRegionCode(cell: string): CellValue {
	if (cell === '') return null;
	return REGION_SHAPE.test(cell) ? cell : NOT_REGION;
}

export function parserFor(type: ColumnType): CellParser {
	switch (type.kind) {
		case 'boolean':
			return parseBoolean;
		case 'percent':
			return parsePercent;
		case 'integer':
			return integerParser(type.min, type.max);
		case 'ordinal':
			return ordinalParser(type.levels);
		case 'choice':
			return choiceParser(type.options);
		case 'text':
			return textParser(type.maxLength, type.pattern, type.rule);
		case 'region':
			return parseRegionCode;
	}
}

/** Parses one normalised cell by column type (for one-off use; the validator compiles parsers once). */
export function parseCell(cell: string, type: ColumnType): CellValue {
	return parserFor(type)(cell);
}
