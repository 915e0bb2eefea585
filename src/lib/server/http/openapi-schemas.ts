/**
 * The component schemas of the OpenAPI document (openapi.ts): one per body the API sends. The
 * export tables' rows are made from the tables' own column lists (export-service.ts), so a column
 * added to a table is in the document without anyone writing it twice.
 *
 * Objects are left open (no `additionalProperties: false`): the contract lets fields be added, and
 * clients should ignore those they do not know. The contract test closes them before it validates
 * (tests/integration/openapi-contract.test.ts), so every field the API sends must be written here.
 */
import { en } from '../../i18n/en.ts';
import { ISSUE_CODES } from '../../survey/issues.ts';
import { EXPORT_TABLE_NAMES, exportTableColumns } from '../export-service.ts';
import type { Schema } from '../../openapi/document.ts';
import { arrayOf, integer, nullable, object, text } from './openapi-builders.ts';
import { previewSchemas } from './openapi-preview.ts';
import { schema as ref } from './openapi-refs.ts';
import { reviewFields, reviewSchemas } from './openapi-review.ts';

/** RFC 9457's members, and `message`: what every error of the API carries. */
const problemMembers: Record<string, Schema> = {
	type: { type: 'string', description: 'Always `about:blank`: the status says what kind of error it is.' },
	title: text('A short summary of the kind of error.'),
	status: integer('The HTTP status, repeated.'),
	detail: text('What happened and what to do about it.'),
	message: text('The same as `detail`, for clients written against the earlier `{message}` errors.'),
	id: text(
		'For an error of the server or its database: the reference under which the server logged it, to quote when asking for help.'
	)
};
/** Which problem members a route may leave out: `id` is only for the server's own errors. */
const PROBLEM_OPTIONAL = ['id'];

const sha256 = (): Schema => ({
	type: 'string',
	pattern: '^[0-9a-f]{64}$',
	description: "The file's SHA-256, in hex."
});
const template = (description: string): Schema => ({
	type: 'string',
	enum: ['regional', 'hospital'],
	description
});

/** How a survey file's row or column went wrong, as the command line prints it (`row <n>, column <name>: <message>`). */
const issueCode: Schema = {
	type: 'string',
	enum: [...ISSUE_CODES],
	description:
		'What kind of problem it is, stable across releases: a client can word it in its own language from `code` and `params`.'
};
const issueParams: Schema = {
	type: 'object',
	additionalProperties: { type: ['string', 'number'] },
	description: 'The values the message is built from, by name (which names depends on `code`).'
};

const surveyIssue = object(
	'One error or warning in a survey file.',
	{
		row: nullable('integer', 'The row, the header being row 1; null for a problem with the whole file.'),
		column: nullable(
			'string',
			'The column as the file names it; null when the problem is not in one column.'
		),
		value: nullable('string', 'The value as the file has it; null when there is none.'),
		message: text('What is wrong and what to do.'),
		code: issueCode,
		params: issueParams
	},
	// A problem worded elsewhere (a parser's own message, a refusal) has no code.
	['code', 'params']
);

const issueGroup = object('One mistake and the rows that repeat it.', {
	code: { ...issueCode, type: ['string', 'null'], enum: [...ISSUE_CODES, null] },
	column: nullable('string', 'The column as the file names it; null when the problem is not in one column.'),
	value: nullable('string', 'The value as the file has it; null when there is none.'),
	params: issueParams,
	message: text("The first of the group's errors, as `errors` words it."),
	rows: arrayOf(
		{ type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 2 },
		'Inclusive row ranges in row order, `[[12, 340], [345, 345]]`; empty for a problem with the whole file. At most 100.'
	),
	count: integer('How many errors the group holds.'),
	rowsTruncated: { type: 'boolean', description: 'Whether the group has rows beyond those listed in `rows`.' }
});

const submissionSummary = object('What was stored (or, for a dry run, would be).', {
	submissionId: nullable('integer', 'The stored submission; null for a dry run.'),
	fileName: text('The file name the upload gave.'),
	template: template('The survey template detected.'),
	encoding: text('The encoding detected from the bytes: `utf-8` or `gb18030`.'),
	sha256: sha256(),
	years: arrayOf({ type: 'integer' }, 'The survey rounds the file holds.'),
	rows: integer('Respondent rows in the file.'),
	new: integer('Respondents not stored before.'),
	superseded: integer('Respondents whose earlier answers this file replaces (they stay in the history).'),
	moved: integer('Respondents whose region or level changed (always 0 over the API).'),
	dryRun: { type: 'boolean', description: 'Whether nothing was stored.' }
});

const warned = {
	warnings: arrayOf(ref('SurveyIssue'), 'The first 200 warnings (unknown columns and the like).'),
	warningCount: integer('How many warnings there were in all.')
};

const errorList = arrayOf(ref('SurveyIssue'), 'The first 200 errors, in the order of the file.');

const listingFields: Record<string, Schema> = {
	id: integer('The submission.'),
	file_name: text('The file name it was uploaded or imported under.'),
	sha256: sha256(),
	encoding: text('The encoding detected.'),
	template: template('The survey template.'),
	years: text('The rounds the file holds, comma separated (`2024` or `2023,2024`).'),
	row_count: integer('Respondent rows.'),
	new_count: integer('Respondents not stored before.'),
	superseded_count: integer('Respondents whose earlier answers it replaced.'),
	submitted_at: { type: 'string', format: 'date-time', description: 'When it was stored (UTC).' },
	submitted_by: text('The login that submitted it.'),
	region_code: nullable('string', 'The smallest region holding every respondent in it.'),
	...reviewFields
};
const submissionListing = object('One stored survey file.', listingFields);

const round = object('A survey round.', {
	year: integer('The round.'),
	state: {
		type: ['string', 'null'],
		enum: ['open', 'closed', 'published', null],
		description:
			'`open` takes submissions, `closed` does not, `published` is final and public; null for a round loaded by an operator and never given a state.'
	},
	changedAt: {
		type: ['string', 'null'],
		format: 'date-time',
		description: 'When the state last changed (UTC); null without a state.'
	},
	hasData: { type: 'boolean', description: 'Whether any answers are stored for it.' }
});

const health = object('The checks behind the health answer; `detail` never names a path or a host.', {
	status: { type: 'string', enum: ['ok', 'unavailable'], description: '`ok` when every check passes.' },
	database: { type: 'string', enum: ['sqlite', 'postgres'], description: 'The kind of database.' },
	checks: arrayOf(
		object('A check.', {
			name: { type: 'string', enum: ['database', 'file', 'writable', 'disk'], description: 'The check.' },
			ok: { type: 'boolean', description: 'Whether it passed.' },
			detail: text('What it found.')
		}),
		'Each check, in the order run.'
	),
	scoring: object('Background scoring of the rounds.', {
		queued: integer('Score runs waiting.'),
		running: integer('Score runs under way.'),
		failed: arrayOf(
			object(
				'A score run that failed.',
				{
					year: integer('The round.'),
					method: text('The scoring method, as `normalise/weights/aggregate`.'),
					error: text('Why it failed.')
				},
				['error']
			),
			'Score runs that failed.'
		)
	})
});

const auditLine = object('One line of the audit log.', {
	id: integer('The line; larger is later.'),
	at: { type: 'string', format: 'date-time', description: 'When (UTC).' },
	actor: text('The login that acted, or the operator of the command line.'),
	action: text('What was done, such as `submission.create` or `round.publish`.'),
	region: nullable('string', 'The region the action concerned.'),
	year: nullable('integer', 'The round the action concerned.'),
	before: { description: 'The state before (JSON), where the action changed one.' },
	after: { description: 'The state after (JSON), where the action changed one.' },
	submission_id: nullable('integer', 'The submission the action concerned.'),
	detail: { description: 'Anything more the action recorded (JSON).' }
});

/** The component name of an export table's row. */
export const exportRowSchemaName = (table: string) => `ExportRow_${table}`;

/** A row of one export table: every column, in CSV order; cells are numbers, text, or null when missing. */
function exportRow(table: string): Schema {
	const columns = exportTableColumns(table);
	const name = en[`exportName_${table}` as keyof typeof en] ?? table;
	const about = en[`export_${table}` as keyof typeof en] ?? '';
	return {
		title: `${table}: ${name}`,
		...object(
			`${about}. The CSV header is these columns, in this order: ${columns.join(', ')}.`,
			Object.fromEntries(columns.map((c) => [c, { type: ['string', 'number', 'null'] }]))
		)
	};
}

export function componentSchemas(): Record<string, Schema> {
	return {
		Problem: object('An error, as `application/problem+json` (RFC 9457).', problemMembers, PROBLEM_OPTIONAL),
		SurveyIssue: surveyIssue,
		SurveyIssueGroup: issueGroup,
		SubmissionSummary: submissionSummary,
		SubmissionAccepted: object('A survey file stored (201), or checked by a dry run and rolled back (200).', {
			submission: ref('SubmissionSummary'),
			...warned
		}),
		SubmissionChecked: object(
			'A survey file checked by a dry run and rolled back (200), with what storing it would change.',
			{ submission: ref('SubmissionSummary'), ...warned, preview: ref('SubmissionPreview') }
		),
		...previewSchemas(),
		SubmissionRefused: object(
			"A problem answering a file that has rows the caller may not submit: 403 for a region outside its own, 409 for a round that is not open. `errors` names the first such row; a refusal of the caller's role, or of a cross-site post, has none.",
			{ ...problemMembers, errors: errorList },
			[...PROBLEM_OPTIONAL, 'errors']
		),
		SubmissionRejected: object(
			'A problem answering a file with errors: nothing was stored.',
			{
				...problemMembers,
				errors: errorList,
				errorCount: integer('How many errors there were in all.'),
				groups: arrayOf(
					ref('SurveyIssueGroup'),
					'Every error, repeats of one mistake (same code, column, value and params) as one group, in the order of their first row; at most 200 groups — the errors beyond them are in `errorCount` only.'
				),
				...warned
			},
			PROBLEM_OPTIONAL
		),
		SubmissionListing: submissionListing,
		SubmissionUnderReview: object('A stored survey file as review sees it.', {
			...listingFields,
			current_rows: integer(
				'Its rows no later submission has replaced: one with none has nothing left to review.'
			)
		}),
		...reviewSchemas,
		Round: round,
		Health: health,
		AuditLine: auditLine,
		...Object.fromEntries(EXPORT_TABLE_NAMES.map((t) => [exportRowSchemaName(t), exportRow(t)]))
	};
}
