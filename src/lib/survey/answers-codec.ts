/**
 * How a respondent's answers are stored (`responses.answers`): a JSON array of numbers in the order
 * of its submission's answer columns, null where missing — positional, because the keys were three
 * quarters of every row's bytes.
 */

/** Values in answer-column order (NaN for missing) as the stored JSON array. */
export function encodeAnswers(values: Float64Array): string {
	let text = '[';
	for (let i = 0; i < values.length; i++) {
		if (i > 0) text += ',';
		text += Number.isNaN(values[i]) ? 'null' : values[i];
	}
	return text + ']';
}

/** Reads a stored answers array back into indicator → value, leaving missing answers out. */
export function decodeAnswers(text: string, columns: readonly string[]): Record<string, number> {
	const values = JSON.parse(text) as (number | null)[];
	const out: Record<string, number> = {};
	for (let i = 0; i < columns.length; i++)
		if (values[i] !== null && values[i] !== undefined) out[columns[i]] = values[i]!;
	return out;
}
