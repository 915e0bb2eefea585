/**
 * The OpenAPI document's two downloads (openapi-paths.ts lists them with the rest): the export
 * tables, described table by table from their own columns (openapi-schemas.ts), and the audit log.
 */
import { AGGREGATE_METHODS } from '../../scoring/aggregate.ts';
import { WEIGHT_METHODS } from '../../scoring/method.ts';
import { NORMALISE_METHODS } from '../../scoring/normalise.ts';
import { FRAMEWORK_REF } from '../framework-service.ts';
import { EXPORT_FORMATS, EXPORT_TABLE_NAMES } from '../export-service.ts';
import { DEFAULT_DRAWS, DEFAULT_SEED, MONTE_CARLO_TABLES } from '../sensitivity-service.ts';
import type { PathItem, ResponseObject, Schema } from '../../openapi/document.ts';
import { exportRowSchemaName } from './openapi-schemas.ts';
import {
	ALWAYS,
	arrayOf,
	header,
	json,
	OPTIONAL,
	problem,
	schema,
	shared,
	SIGNED_IN,
	yearParameter
} from './openapi-refs.ts';

const exportRows: Schema = {
	description: "An array of the table's rows, one object per row, keys in CSV column order.",
	anyOf: EXPORT_TABLE_NAMES.map((t) => ({ type: 'array', items: schema(exportRowSchemaName(t)) }))
};

/** The CLI's method flags (`--normalise` …), read by the tables made from score runs. */
const methodParameters = (
	[
		['normalise', NORMALISE_METHODS, 'How indicators are scaled'],
		['weights', WEIGHT_METHODS, 'How indicators are weighted'],
		['aggregate', AGGREGATE_METHODS, 'How weighted scores are combined']
	] as const
).map(([name, values, what]) => ({
	name,
	in: 'query' as const,
	description: `${what} (docs/methodology.md §3); the default method's choice without it, 400 for anything else. A round never scored under the method answers 503 while it is scored.`,
	schema: { type: 'string' as const, enum: [...values], default: values[0] }
}));

const exportOk: ResponseObject = {
	description:
		'The table, streamed. A failure after the first byte ends the download unfinished, never a file that looks whole.',
	headers: {
		'Content-Disposition': header('ContentDisposition'),
		'Himap-Scores': header('HimapScores'),
		'Himap-Scores-Computed-At': header('HimapScoresComputedAt'),
		'Himap-Version': header('HimapVersion'),
		'Himap-Commit': header('HimapCommit'),
		'Himap-Framework': header('HimapFramework'),
		'Himap-Method': header('HimapMethod')
	},
	content: {
		'text/csv': {
			schema: {
				type: 'string',
				description:
					"A header line of the table's columns, then one CRLF line per row; with bom=1 a UTF-8 BOM first, with source=1 a `#` line naming the table, round, method and framework before the header."
			}
		},
		'application/json': { schema: exportRows },
		// A workbook has no JSON shape: no schema (OpenAPI 3.1, Media Type Object).
		'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {}
	}
};

export const exportTable: PathItem = {
	get: {
		operationId: 'exportTable',
		summary: 'One export table',
		description:
			"The command line's export tables (`himap export`), streamed in CSV, JSON or XLSX. Rounds that are not published are answered as if they did not exist, except to admins and analysts; the `submissions` table is for admins and analysts only. Index tables are read from stored score runs: `Himap-Scores` says whether newer answers are still being scored. At most `HIMAP_MAX_EXPORTS` (default 4) exports are streamed at once.",
		tags: ['exports'],
		security: OPTIONAL,
		parameters: [
			{
				name: 'table',
				in: 'path',
				required: true,
				description:
					"The table. Each one's columns are in its `ExportRow_<table>` schema; an unknown name answers 404.",
				schema: { type: 'string', enum: EXPORT_TABLE_NAMES },
				example: 'rates'
			},
			yearParameter('One round only; without it, every round the caller may see.'),
			{
				name: 'format',
				in: 'query',
				description: 'The file format; anything else answers 400.',
				schema: { type: 'string', enum: EXPORT_FORMATS, default: 'csv' },
				example: 'csv'
			},
			...methodParameters,
			{
				name: 'bom',
				in: 'query',
				description: 'CSV only: `1` begins the file with a UTF-8 byte order mark, for Excel.',
				schema: { type: 'string', enum: ['0', '1'], default: '0' }
			},
			{
				name: 'source',
				in: 'query',
				description:
					'CSV only: `1` begins the file with one `#` line naming the table, round, method and framework.',
				schema: { type: 'string', enum: ['0', '1'], default: '0' }
			},
			{
				name: 'framework',
				in: 'query',
				description:
					'A stored framework, `id` (its newest version) or `id@version` (`himap framework list`): index tables read its runs, the codebook is its codebook. Default: the built-in default framework. One not stored answers 404; a malformed one 400.',
				schema: { type: 'string', pattern: FRAMEWORK_REF.source },
				example: 'himap-default@1.0.0'
			},
			...(['seed', 'draws'] as const).map((name) => ({
				name,
				in: 'query' as const,
				description: `${MONTE_CARLO_TABLES.join(', ')} only: the Monte Carlo's ${name === 'seed' ? 'seed' : 'draw count'}. Only the stored one is served; any other value answers 400 (run \`himap export <table> --seed N --draws N\` instead, which computes it afresh).`,
				schema: { type: 'integer' as const, enum: [name === 'seed' ? DEFAULT_SEED : DEFAULT_DRAWS] }
			}))
		],
		responses: {
			'200': exportOk,
			'400': shared('BadRequest'),
			'401': shared('Unauthorized'),
			'403': shared('Forbidden'),
			'404': {
				description: 'No such table, no such round that the caller may see, or no such stored framework.',
				content: problem()
			},
			'422': {
				description:
					'XLSX only: the table has more rows than a sheet holds (1,048,575); ask for one round or CSV.',
				content: problem()
			},
			...ALWAYS
		}
	}
};

export const auditLog: PathItem = {
	get: {
		operationId: 'exportAuditLog',
		summary: 'The audit log',
		description:
			'Every line the filters match, newest first, streamed as CSV (with a UTF-8 BOM; `before`, `after` and `detail` as JSON text) or JSON. Admins only.',
		tags: ['admin'],
		security: SIGNED_IN,
		parameters: [
			{ name: 'actor', in: 'query', description: 'Lines by this login.', schema: { type: 'string' } },
			{
				name: 'action',
				in: 'query',
				description: 'Lines whose action begins with this (`submission` finds `submission.create`).',
				schema: { type: 'string' }
			},
			{
				name: 'region',
				in: 'query',
				description: 'Lines for this region or any inside it; `000000` for every line with a region.',
				schema: { type: 'string', pattern: '^[0-9]{6}$' }
			},
			yearParameter('Lines about this round.'),
			{
				name: 'from',
				in: 'query',
				description: 'Lines from this day on (UTC), `YYYY-MM-DD`.',
				schema: { type: 'string', format: 'date' },
				example: '2026-01-01'
			},
			{
				name: 'to',
				in: 'query',
				description: 'Lines up to the end of this day (UTC), `YYYY-MM-DD`.',
				schema: { type: 'string', format: 'date' }
			},
			{
				name: 'format',
				in: 'query',
				description: 'The file format.',
				schema: { type: 'string', enum: ['csv', 'json'], default: 'csv' },
				example: 'json'
			}
		],
		responses: {
			'200': {
				description: 'The lines, streamed.',
				headers: { 'Content-Disposition': header('ContentDisposition') },
				content: {
					'text/csv': {
						schema: {
							type: 'string',
							description: 'A UTF-8 BOM, a header line, then one CRLF line per line of the log.'
						}
					},
					...json(arrayOf('AuditLine'))
				}
			},
			'400': shared('BadRequest'),
			'401': shared('Unauthorized'),
			'403': shared('Forbidden'),
			...ALWAYS
		}
	}
};
