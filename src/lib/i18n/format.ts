/** Placeholders in a message: its own module, so that pages can fill them without loading both dictionaries. */

/** Fills `{name}` placeholders. @example format('vs {year}', { year: 2023 }) === 'vs 2023' */
export function format(message: string, values: Record<string, string | number>): string {
	return message.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
}
