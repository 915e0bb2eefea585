/**
 * The review endpoints of the OpenAPI document (openapi.ts; docs/security.md, Review): one
 * submission as review sees it, and a reviewer's move on it — their paths and the schemas of their
 * bodies. The stored submission they answer with is SubmissionListing (openapi-schemas.ts).
 */
import type { PathItem, Schema } from '../../openapi/document.ts';
import { REVIEW_ACTIONS } from '../auth/review-states.ts';
import { integer, object, text } from './openapi-builders.ts';
import { ALWAYS, json, problem, schema, shared, SIGNED_IN } from './openapi-refs.ts';

const idParameter = {
	name: 'id',
	in: 'path' as const,
	required: true,
	description: 'The submission (`id` in the listing). Anything but a positive integer answers 404.',
	schema: { type: 'string', pattern: '^[0-9]+$' } satisfies Schema
};

const notFound = {
	description:
		"No such submission in the caller's region: one outside it answers the same, so its existence is not told.",
	content: problem()
};

export const reviewPaths: Record<string, PathItem> = {
	'/api/v1/submissions/{id}': {
		get: {
			operationId: 'getSubmission',
			summary: 'One submission, as review sees it',
			description:
				'The submission with its review state, its rows (the first 500) with their scores in the round’s default run once approved data is scored, and the review moves the caller may make now. For submitters and reviewers whose region holds it, and admins.',
			tags: ['submissions'],
			security: SIGNED_IN,
			parameters: [idParameter],
			responses: {
				'200': { description: 'The submission.', content: json(schema('SubmissionDetail')) },
				'401': shared('Unauthorized'),
				'403': shared('Forbidden'),
				'404': notFound,
				...ALWAYS
			}
		}
	},
	'/api/v1/submissions/{id}/review': {
		post: {
			operationId: 'reviewSubmission',
			summary: 'Approve, return or reopen a submission',
			description:
				'For a reviewer at the level above the unit (a city’s for its counties and hospitals, a province’s for its cities, the national one for provinces) and admins; never for the file’s own submitter. `approve` and `return` take a `submitted` submission; `reopen` an `approved` one, returning it to the unit. Returning and reopening need a comment, which the unit sees. Each move is written to the audit log. Browsers posting with the session cookie must send HIMAP’s own Origin.',
			tags: ['submissions'],
			security: SIGNED_IN,
			parameters: [idParameter],
			requestBody: {
				description: 'The move, and for `return` and `reopen` the comment the unit will read.',
				required: true,
				content: { 'application/json': { schema: schema('ReviewMove') } }
			},
			responses: {
				'200': {
					description: 'Done: the submission as stored now.',
					content: json(schema('SubmissionListing'))
				},
				'400': {
					description: 'The body is not JSON, or its action or comment is not one that can be read.',
					content: problem()
				},
				'401': shared('Unauthorized'),
				'403': {
					description:
						'The caller may not review this submission (its role, its level, or its own file), or a cross-site post.',
					content: problem()
				},
				'404': notFound,
				'409': {
					description:
						'The submission’s state does not allow the move (approving one approved already, reopening one not approved, returning without a comment, reviewing one whose rows a later file has all replaced): `detail` says why.',
					content: problem()
				},
				...ALWAYS
			}
		}
	}
};

/** The review state's fields, as every stored submission carries them. */
export const reviewFields: Record<string, Schema> = {
	status: {
		type: 'string',
		enum: ['submitted', 'approved', 'returned'],
		description:
			'`submitted` waits for review; `approved` is scored and locked against further files; `returned` goes back to the unit with the comment.'
	},
	reviewed_by: { type: ['string', 'null'], description: 'The login that made the last review move.' },
	reviewed_at: {
		type: ['string', 'null'],
		format: 'date-time',
		description: 'When the last review move was made (UTC).'
	},
	review_comment: { type: ['string', 'null'], description: "The last reviewer's comment." },
	review_seq: integer('The review sequence number of its last move (0 before any).')
};

const submittedRow = object('One row of a submission.', {
	response_id: integer('The stored response.'),
	year: integer('The round.'),
	respondent_id: text('The respondent.'),
	name: text('Its name.'),
	respondent_group: text('Its group (a commission level or a hospital class).'),
	region_code: text('Its region.'),
	superseded_by: {
		type: ['integer', 'null'],
		description: 'The later submission that replaced it; null while current.'
	},
	composite: {
		type: ['number', 'null'],
		description: 'Its composite score in the round’s default run; null until scored.'
	},
	stage: { type: ['integer', 'null'], description: 'Its maturity stage in that run; null until scored.' }
});

export const reviewSchemas: Record<string, Schema> = {
	ReviewMove: object(
		'A review move.',
		{
			action: { type: 'string', enum: [...REVIEW_ACTIONS], description: 'The move.' },
			comment: text('What the unit is to correct; required to return or reopen, at most 4000 characters.')
		},
		['comment']
	),
	SubmissionDetail: object('A submission as review sees it.', {
		submission: schema('SubmissionUnderReview'),
		rows: {
			type: 'array',
			items: submittedRow,
			description: 'Its rows, by round and respondent (the first 500).'
		},
		actions: {
			type: 'array',
			items: { type: 'string', enum: [...REVIEW_ACTIONS] },
			description: 'The moves the caller may make now; none for the unit itself.'
		},
		reviewer: { type: 'boolean', description: 'Whether the caller may review it at all.' }
	})
};
