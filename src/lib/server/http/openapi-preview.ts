/**
 * The OpenAPI schemas of a submission's preview (views/submission-preview.ts), sent with a dry run
 * of `POST /api/v1/submissions`. Every field the preview carries is written here: the contract
 * test closes each object before it validates (tests/integration/openapi-contract.test.ts).
 */
import type { Schema } from '../../openapi/document.ts';
import { PLAUSIBILITY_RULES } from '../../survey/plausibility.ts';
import { integer, object, text } from './openapi-builders.ts';
import { schema as ref } from './openapi-refs.ts';

const maybeNumber = (description: string): Schema => ({ type: ['number', 'null'], description });
const capped = (item: string, description: string): Schema =>
	object(description, {
		listed: { type: 'array', items: ref(item), description: 'The first ones, in the order described.' },
		count: integer('How many there are in all, listed or not.')
	});
const kind: Schema = {
	type: 'string',
	enum: ['boolean', 'ordinal', 'number'],
	description: 'How the answer reads: yes/no (1/0), an interoperability grade (0–7), or a number.'
};
const names = object('A name in both languages.', { zh: text('Chinese.'), en: text('English.') });
const group: Schema = {
	type: 'string',
	enum: ['provincial', 'municipal', 'county', 'tertiary', 'secondary', 'other'],
	description: 'The respondent group.'
};

export function previewSchemas(): Record<string, Schema> {
	const scores = (description: string): Schema =>
		object(description, {
			governance: maybeNumber('Governance capacity, 0–100.'),
			infrastructure: maybeNumber('Infrastructure, 0–100.'),
			application: maybeNumber('Application, 0–100.'),
			composite: maybeNumber('The composite, 0–100; null when not scored (too few answers).')
		});
	const regionMove = (level: string) =>
		capped(
			'PreviewRegionMove',
			`Every ${level} holding a respondent of the file, largest composite move first.`
		);
	return {
		PreviewScores: scores('Scores of a respondent or a region.'),
		PreviewChangedCell: object('An answer of a superseding row that differs from the version it replaces.', {
			row: integer('The row in the file (the header is row 1).'),
			respondentId: text('The respondent.'),
			name: text('Its name, as the file gives it.'),
			column: text('The column as the file names it.'),
			kind,
			before: maybeNumber('The earlier answer; null where it was empty.'),
			after: maybeNumber('The new answer; null where it is empty.')
		}),
		PreviewRespondentMove: object("How a respondent's scores would move.", {
			row: integer('The row in the file.'),
			respondentId: text('The respondent.'),
			name: text('Its name.'),
			group,
			before: {
				anyOf: [ref('PreviewScores'), { type: 'null' }],
				description: 'Its scores in the latest run; null for a respondent new to the round.'
			},
			after: ref('PreviewScores')
		}),
		PreviewRegionMove: object("How a region's scores would move.", {
			level: { type: 'string', enum: ['county', 'city', 'province'], description: 'The level.' },
			code: text('The GB/T 2260 code (a province by its two digits, as the score runs hold it).'),
			name: names,
			before: {
				anyOf: [ref('PreviewScores'), { type: 'null' }],
				description: 'Its scores in the latest run; null when it had no scored respondent.'
			},
			after: {
				anyOf: [ref('PreviewScores'), { type: 'null' }],
				description: 'Its scores with the file; null when none is left scored.'
			}
		}),
		PreviewRound: object(
			"The score moves of one round, computed with the round's latest run held fixed (its goalposts and weights): exact under the default method; the stored figures come with the next scoring after approval.",
			{
				year: integer('The round.'),
				state: {
					type: 'string',
					enum: ['scored', 'unscored'],
					description: '`unscored`: no scores yet for this round, so no moves.'
				},
				runComputedAt: {
					type: ['string', 'null'],
					format: 'date-time',
					description: 'When the run the moves start from was computed.'
				},
				respondents: capped(
					'PreviewRespondentMove',
					'Largest composite moves first (at most 200), then respondents new to the round.'
				),
				regions: object('The regions holding the respondents.', {
					county: regionMove('county'),
					city: regionMove('city'),
					province: regionMove('province')
				})
			}
		),
		PreviewWarning: object('A plausibility warning against the round before: it never blocks.', {
			rule: {
				type: 'string',
				enum: [...PLAUSIBILITY_RULES],
				description: '`backwards`, `jump` or `missing`.'
			},
			row: {
				type: ['integer', 'null'],
				description: 'The row; null for a respondent missing from the file.'
			},
			respondentId: text('The respondent.'),
			name: text('Its name.'),
			column: {
				type: ['string', 'null'],
				description: 'The column as the file names it; null for a missing respondent.'
			},
			kind: {
				type: ['string', 'null'],
				enum: ['boolean', 'ordinal', 'number', null],
				description: 'How the values read.'
			},
			previousYear: integer('The round compared with.'),
			previous: maybeNumber('The answer in that round.'),
			current: maybeNumber('The answer now.'),
			message: object('What to check, in both languages.', {
				en: text('English.'),
				'zh-CN': text('Chinese.')
			})
		}),
		SubmissionPreview: object('What the file would change, from a dry run of the real import.', {
			template: { type: 'string', enum: ['regional', 'hospital'], description: 'The survey template.' },
			years: { type: 'array', items: { type: 'integer' }, description: 'The rounds the file holds.' },
			counts: object('Rows of the file.', {
				rows: integer('Respondent rows.'),
				new: integer('Respondents new to their round.'),
				superseding: integer('Rows replacing an earlier version.')
			}),
			changes: capped('PreviewChangedCell', 'Changed answers, in file order (at most 500 listed).'),
			scores: { type: 'array', items: ref('PreviewRound'), description: 'One per round of the file.' },
			warnings: {
				...capped('PreviewWarning', 'Plausibility warnings, by rule (at most 200 of each listed).'),
				required: ['listed', 'count', 'byRule'],
				properties: {
					...capped('PreviewWarning', '').properties,
					byRule: object(
						'How many of each rule.',
						Object.fromEntries(PLAUSIBILITY_RULES.map((r) => [r, integer(`Warnings of rule ${r}.`)]))
					)
				}
			}
		})
	};
}
