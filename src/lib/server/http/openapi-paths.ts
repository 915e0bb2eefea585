/**
 * The operations of the OpenAPI document (openapi.ts): every endpoint under /api/v1, each status it
 * answers and why. A route added under src/routes/api without its path here fails the contract
 * test (tests/integration/openapi-contract.test.ts), and so does a path here without its route.
 */
import type { PathItem } from '../../openapi/document.ts';
import { auditLog, exportTable } from './openapi-downloads.ts';
import { reviewPaths } from './openapi-review.ts';
import {
	ALWAYS,
	arrayOf,
	header,
	json,
	OPTIONAL,
	problem,
	PUBLIC,
	schema,
	shared,
	SIGNED_IN,
	yearParameter
} from './openapi-refs.ts';

const submissions: PathItem = {
	post: {
		operationId: 'submitSurvey',
		summary: 'Submit a survey file',
		description:
			"Validates and stores a survey CSV as `himap import` does: whole or not at all. Every row must be in the caller's region (a submitter's own region and what lies inside it; any for an admin) and in an open round. Browsers posting with the session cookie must send HIMAP's own Origin.",
		tags: ['submissions'],
		security: SIGNED_IN,
		parameters: [
			{
				name: 'dryRun',
				in: 'query',
				description: '`true` checks the file and stores nothing (may also be sent as a form field).',
				schema: { type: 'string', enum: ['true', 'false'], default: 'false' }
			}
		],
		requestBody: {
			description:
				'`multipart/form-data` with the file in the field `file`, at most `HIMAP_MAX_UPLOAD_MB` megabytes (default 100).',
			required: true,
			content: {
				'multipart/form-data': {
					schema: {
						type: 'object',
						required: ['file'],
						properties: {
							file: {
								type: 'string',
								contentMediaType: 'text/csv',
								description: 'The survey file: UTF-8 or GB18030, a regional or hospital template.'
							},
							dryRun: { type: 'string', enum: ['true', 'false'], description: 'As the query parameter.' }
						}
					},
					encoding: { file: { contentType: 'text/csv' } }
				}
			}
		},
		responses: {
			'200': {
				description:
					'A dry run: the file is valid; nothing was stored. `preview` says what storing it would change: new and superseding respondents, changed answers, score moves and plausibility warnings.',
				content: json(schema('SubmissionChecked'))
			},
			'201': { description: 'Stored.', content: json(schema('SubmissionAccepted')) },
			'400': {
				description: 'No file in a field named `file`, or a body that is not multipart.',
				content: problem()
			},
			'401': shared('Unauthorized'),
			'403': {
				description:
					"A role that may not submit (only submitters and admins may), a row for a region outside the caller's (named in `errors`), or a cross-site post.",
				content: problem('SubmissionRefused')
			},
			'409': { description: 'A row for a round that is not open.', content: problem('SubmissionRefused') },
			'413': {
				description: 'The file is larger than the upload limit; the connection is closed after the answer.',
				content: problem()
			},
			'422': {
				description: 'The file has errors; nothing was stored.',
				content: problem('SubmissionRejected')
			},
			...ALWAYS
		}
	},
	get: {
		operationId: 'listSubmissions',
		summary: 'The submissions the caller may see',
		description:
			"Stored survey files, oldest first: those within the caller's region for submitters and reviewers, every one for admins. Viewers and analysts may not list them.",
		tags: ['submissions'],
		security: SIGNED_IN,
		parameters: [yearParameter('Only files holding this round.')],
		responses: {
			'200': { description: 'The submissions.', content: json(arrayOf('SubmissionListing')) },
			'400': shared('BadRequest'),
			'401': shared('Unauthorized'),
			'403': shared('Forbidden'),
			...ALWAYS
		}
	}
};

export function apiPaths(): Record<string, PathItem> {
	return {
		'/api/v1/health': {
			get: {
				operationId: 'health',
				summary: 'Whether the app and its database answer',
				description:
					'200 when every check passes: a query reads the database; for SQLite the file at its path is the one open, is not damaged, the disk is not nearly full and the file can be written; for PostgreSQL it accepts writes. Not cached.',
				tags: ['system'],
				security: PUBLIC,
				responses: {
					'200': { description: 'Every check passed.', content: json(schema('Health')) },
					'500': shared('InternalError'),
					'503': {
						description:
							'A check failed (the Health body names it), or the database could not be reached before the checks ran (a problem).',
						content: { ...json(schema('Health')), ...problem() }
					}
				}
			}
		},
		'/api/v1/openapi.json': {
			get: {
				operationId: 'openApiDocument',
				summary: 'This document',
				description: 'The OpenAPI 3.1 document of the API, as JSON. Cacheable; revalidate with its ETag.',
				tags: ['system'],
				security: PUBLIC,
				responses: {
					'200': {
						description: 'The document.',
						headers: { ETag: header('ETag') },
						content: json({ type: 'object', description: 'An OpenAPI 3.1 document.' })
					},
					'304': { description: 'The document the client has (If-None-Match) is current.' },
					...ALWAYS
				}
			}
		},
		'/api/v1/export/{table}': exportTable,
		'/api/v1/submissions': submissions,
		...reviewPaths,
		'/api/v1/rounds': {
			get: {
				operationId: 'listRounds',
				summary: 'The survey rounds the caller may know of',
				description:
					"Newest first. Published rounds are everyone's; the states of the others only for signed-in callers other than viewers.",
				tags: ['rounds'],
				security: OPTIONAL,
				responses: {
					'200': { description: 'The rounds.', content: json(arrayOf('Round')) },
					...ALWAYS
				}
			}
		},
		'/api/v1/admin/audit': auditLog
	};
}
