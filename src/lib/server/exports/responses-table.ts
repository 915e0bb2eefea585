/**
 * The `responses` table: tidy raw values, one row per respondent × indicator — every stored answer
 * (`source` answer) and every derived indicator of the framework (`source` derived) — so a
 * researcher can rebuild the index from this table and the codebook alone. The largest table by
 * far (~26 rows per respondent: 47 M for a round of 1.8 M hospitals), so it is also written
 * straight to text: a respondent's six identity cells are formatted once, not once per row.
 */
import { formatCell, type Cell } from '../../exports/csv-format.ts';
import { DERIVED } from '../../scoring/derive.ts';
import { answerColumnNames, TEMPLATES, type TemplateId } from '../../survey/templates.ts';
import { decodeAnswers } from '../../survey/answers-codec.ts';
import type { SelectQueryBuilder } from 'kysely';
import type { Database } from '../db/schema.ts';
import { answerColumnsById } from '../db/submissions.repository.ts';
import type { ExportSource, ExportTable, Row } from './table.ts';

/** The current responses of the rounds asked, inside the reader's region and of the status it may read. */
function narrowed<O>(
	query: SelectQueryBuilder<Database, 'responses', O>,
	{ years, regionPrefix, approvedOnly }: ExportSource
) {
	let q = query.where('superseded_by', 'is', null).where('year', 'in', years);
	if (regionPrefix) q = q.where('region_code', 'like', `${regionPrefix}%`);
	if (approvedOnly)
		q = q.where('submission_id', 'in', (eb) =>
			eb.selectFrom('submissions').select('id').where('status', '=', 'approved')
		);
	return q;
}

const IDENTITY = ['year', 'respondent_id', 'survey', 'group', 'region_code', 'province_code'] as const;

/** One respondent: who (the identity cells, in column order), and each indicator's value. */
interface Respondent {
	identity: Cell[];
	values: [indicator: string, value: number, source: 'answer' | 'derived'][];
}

/** The current respondents of the rounds asked, a batch at a time, ordered by round, survey and id. */
async function* respondents(source: ExportSource): AsyncGenerator<Respondent[]> {
	const { snapshot, years } = source;
	if (years.length === 0) return;
	const columnsOf = await answerColumnsById(snapshot.db);
	const query = narrowed(snapshot.db.selectFrom('responses'), source)
		.select([
			'year',
			'respondent_id',
			'survey',
			'respondent_group',
			'region_code',
			'province_code',
			'submission_id',
			'answers'
		])
		.orderBy('year')
		.orderBy('survey')
		.orderBy('respondent_id');
	// Small batches: each respondent makes ~26 rows, and what outlives a young-generation collection
	// is promoted; large batches would make the heap grow in steps of hundreds of megabytes.
	for await (const batch of snapshot.batches(query, 200)) {
		yield batch.map((r) => {
			const answers = decodeAnswers(r.answers, columnsOf.get(r.submission_id)!);
			const values: Respondent['values'] = [];
			for (const indicator in answers) values.push([indicator, answers[indicator], 'answer']);
			for (const indicator in DERIVED) {
				const value = DERIVED[indicator](answers);
				if (value !== undefined) values.push([indicator, value, 'derived']);
			}
			return {
				identity: [r.year, r.respondent_id, r.survey, r.respondent_group, r.region_code, r.province_code],
				values
			};
		});
	}
}

/** How each format writes one row, given its respondent's identity already written once. */
const FORMATS = {
	csv: {
		identity: (cells: Cell[]) => cells.map(formatCell).join(',') + ',',
		row: (identity: string, indicator: string, value: number, source: string) =>
			`${identity}${formatCell(indicator)},${formatCell(value)},${source}\r\n`
	},
	json: {
		identity: (cells: Cell[]) =>
			'{' +
			IDENTITY.map((c, i) => `${JSON.stringify(c)}:${JSON.stringify(cells[i] ?? null)}`).join(',') +
			',',
		row: (identity: string, indicator: string, value: number, source: string) =>
			`${identity}"indicator":${JSON.stringify(indicator)},"value":${JSON.stringify(value)},"source":"${source}"}`
	}
};

export const responses: ExportTable = {
	columns: [...IDENTITY, 'indicator', 'value', 'source'],
	runs: 'none',
	async *rows(source) {
		for await (const batch of respondents(source))
			yield batch.flatMap(({ identity, values }) => {
				const base = Object.fromEntries(IDENTITY.map((c, i) => [c, identity[i]]));
				return values.map(([indicator, value, from]): Row => ({ ...base, indicator, value, source: from }));
			});
	},
	async *text(source, format) {
		const { identity: head, row } = FORMATS[format];
		for await (const batch of respondents(source)) {
			const out: string[] = [];
			for (const { identity, values } of batch) {
				const written = head(identity);
				for (const [indicator, value, from] of values) out.push(row(written, indicator, value, from));
			}
			yield out;
		}
	},
	// Every respondent has each required answer; at most every answer and every derived indicator.
	async size(source) {
		const { snapshot, years } = source;
		if (years.length === 0) return { min: 0, max: 0, exact: async () => 0 };
		const counts = await narrowed(snapshot.db.selectFrom('responses'), source)
			.select(['survey', (eb) => eb.fn.countAll<number>().as('n')])
			.groupBy('survey')
			.execute();
		let min = 0;
		let max = 0;
		for (const { survey, n } of counts) {
			const template = TEMPLATES[survey as TemplateId];
			const required = template.columns.filter((c) => c.required && c.role === 'answer').length;
			min += Number(n) * required;
			max += Number(n) * (answerColumnNames(template).length + Object.keys(DERIVED).length);
		}
		return {
			min,
			max,
			exact: async () => {
				let rows = 0;
				for await (const batch of respondents(source)) for (const r of batch) rows += r.values.length;
				return rows;
			}
		};
	}
};
