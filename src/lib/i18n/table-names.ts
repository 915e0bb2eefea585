/**
 * An export table as the data page names it: a human name and a one-line description in the
 * reader's language (`exportName_…`, `export_…` in the i18n files). The identifier stays what the
 * CLI and the API take (`himap export provinces`, `/api/v1/export/provinces`).
 */
import type { MessageKey } from './messages.ts';

type Words = Record<MessageKey, string>;

export interface TableLabel {
	/** The identifier: the table's name for the CLI and the API. */
	id: string;
	name: string;
	description: string;
}

export function tableLabel(table: string, t: Words): TableLabel {
	return {
		id: table,
		name: t[`exportName_${table}` as MessageKey] ?? table,
		description: t[`export_${table}` as MessageKey] ?? ''
	};
}
