/** Every export table by name (the README's table list): what the CLI, the HTTP API and OpenAPI offer. */
import * as analysisTables from './analysis-tables.ts';
import { bootstrap } from './bootstrap-table.ts';
import * as dataTables from './data-tables.ts';
import * as indexTables from './index-tables.ts';
import * as panelTables from './panel-tables.ts';
import { normalised, pillars } from './pillar-tables.ts';
import * as provenanceTables from './provenance-tables.ts';
import { responses } from './responses-table.ts';
import * as simulationTables from './simulation-tables.ts';
import type { ExportTable } from './table.ts';

export const TABLES: Record<string, ExportTable> = {
	rates: dataTables.rates,
	submissions: dataTables.submissions,
	responses,
	codebook: dataTables.codebook,
	sensitivity: analysisTables.sensitivity,
	'sensitivity-draws': simulationTables.sensitivityDraws,
	'sensitivity-weights': simulationTables.sensitivityWeights,
	audit: analysisTables.audit,
	respondents: indexTables.respondents,
	provinces: indexTables.provinces,
	cities: indexTables.cities,
	zones: indexTables.zones,
	disparity: indexTables.disparity,
	weights: provenanceTables.weights,
	about: provenanceTables.about,
	pillars,
	normalised,
	panel: panelTables.panel,
	convergence: panelTables.convergence,
	bootstrap
};

export const EXPORT_TABLE_NAMES = Object.keys(TABLES);

export function isExportTable(name: string): boolean {
	return Object.hasOwn(TABLES, name);
}

/** A table's columns, in CSV order (the JSON objects' keys): what the OpenAPI document describes (http/openapi-schemas.ts). */
export function exportTableColumns(name: string): readonly string[] {
	return TABLES[name].columns;
}
