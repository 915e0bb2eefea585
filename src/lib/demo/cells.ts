/**
 * How answers are spelled in the demo files. Every spelling is one the CSV contract accepts
 * (docs/contracts.md), and the files deliberately use several, so that importing the demo
 * exercises the parser: `yes/no` in regional files, `是/否` in hospital files, interoperability
 * grades as codes (`4A`) or Chinese names (`四级甲等`), a few percents with a `%` sign.
 */
import { INTEROP_LEVELS, type Column } from '../survey/templates.ts';
import type { Answer } from './panel.ts';
import { uniform, type KeyPart } from './random.ts';

/** The words a file uses for booleans. */
export interface BooleanSpelling {
	yes: string;
	no: string;
}

/** Boolean words per template: English in regional files, Chinese in hospital files. */
export const BOOLEAN_SPELLING: Readonly<Record<'regional' | 'hospital', BooleanSpelling>> = {
	regional: { yes: 'yes', no: 'no' },
	hospital: { yes: '是', no: '否' }
};

// Percent columns typed by hand in spreadsheets, where a `%` sign slips in now and then.
const PERCENT_SIGN_COLUMNS = new Set(['institutions_connected_pct', 'telemedicine_coverage_pct']);

/**
 * The text of one answer cell. `key` (respondent, column, year) picks between equivalent
 * spellings, so the mix is fixed from run to run. A missing answer is an empty cell.
 *
 * @example formatAnswer(interopColumn, 5, { yes: 'yes', no: 'no' }, ['RHC110000', 2018]) // '4A' or '四级甲等'
 */
export function formatAnswer(
	column: Column,
	value: Answer,
	spelling: BooleanSpelling,
	key: readonly KeyPart[]
): string {
	if (value === null) return '';
	if (typeof value === 'boolean') return value ? spelling.yes : spelling.no;
	switch (column.type.kind) {
		case 'ordinal': {
			const names = INTEROP_LEVELS[value];
			return names.length === 1 || uniform('spell', ...key) < 0.5 ? names[0] : names[1];
		}
		case 'percent': {
			const text = formatNumber(value);
			return PERCENT_SIGN_COLUMNS.has(column.name) && uniform('spell', ...key) < 0.15 ? `${text}%` : text;
		}
		default:
			return formatNumber(value);
	}
}

/**
 * Plain decimal text for a number already rounded to at most two places (no exponent, no
 * trailing zeros).
 *
 * @example formatNumber(45.5) // '45.5'
 */
export function formatNumber(value: number): string {
	if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
	return String(Math.round(value * 100) / 100);
}

/**
 * The label of a respondent's group in the `level` / `grade` column: the English value, or the
 * first Chinese alias in files with Chinese headers.
 */
export function groupLabel(column: Column, group: string, language: 'en' | 'zh'): string {
	if (column.type.kind !== 'choice') throw new Error(`${column.name} is not a choice column`);
	const option = column.type.options.find((o) => o.value === group);
	if (!option) throw new Error(`${group} is not an option of ${column.name}`);
	return language === 'zh' ? option.aliases[0] : option.value;
}
