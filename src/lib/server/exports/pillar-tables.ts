/**
 * The `normalised` table (one row per scored respondent × indicator of its group: the raw value,
 * the value after outlier treatment, the normalised value) and the `pillars` table (one row per
 * scored respondent × pillar of its group), both made from what each round's run stored
 * (transformed-respondents.ts), never by scoring again (docs/methodology.md §7). As large as
 * `responses`, so written straight to text too: a respondent's identity cells and a round's
 * provenance cells are formatted once, not once per row.
 */
import { formatCell, type Cell } from '../../exports/csv-format.ts';
import { entriesFor } from '../../scoring/columns.ts';
import { pillarScores } from '../../scoring/respondent-transform.ts';
import {
	IDENTITY,
	PROVENANCE,
	respondentsByGroup,
	transformedRespondents,
	type TransformedRespondent
} from './transformed-respondents.ts';
import type { ExportSource, ExportTable, Row } from './table.ts';

/** A missing value (NaN) as an empty cell. */
const cell = (v: number): number | null => (Number.isNaN(v) ? null : v);

/** A number as CSV writes it (csv-format.ts formatCell): full precision, NaN empty. */
const csvNumber = (v: number) => (Number.isFinite(v) ? String(v) : '');

/** The CSV cells of each entry's (pillar's) label of a group, formatted once per group, not per row. */
const labels = new WeakMap<object, string[]>();
function labelsOf(key: object, make: () => Cell[][]): string[] {
	let out = labels.get(key);
	if (!out) labels.set(key, (out = make().map((cells) => cells.map(formatCell).join(','))));
	return out;
}

/**
 * What each table writes per respondent: the cells between the identity and the provenance, row
 * by row (`rows`), and the same already written as CSV (`csv`, each ending in a comma): the
 * hot path of a table of tens of millions of rows.
 */
type Body = {
	columns: readonly string[];
	rows(r: TransformedRespondent): Cell[][];
	csv(r: TransformedRespondent): string[];
};

const NORMALISED: Body = {
	columns: ['indicator', 'value', 'treated', 'normalised'],
	rows: ({ transform, raw, treated, normalised }) =>
		transform.entries.map((e, i) => [e.indicator.id, cell(raw[i]), cell(treated[i]), cell(normalised[i])]),
	csv: ({ transform, raw, treated, normalised }) => {
		const label = labelsOf(transform.entries, () => transform.entries.map((e) => [e.indicator.id]));
		return label.map(
			(l, i) => `${l},${csvNumber(raw[i])},${csvNumber(treated[i])},${csvNumber(normalised[i])},`
		);
	}
};

const PILLARS: Body = {
	columns: ['dimension', 'pillar', 'score'],
	rows: ({ transform, normalised }) => {
		const scores = pillarScores(transform, normalised);
		return transform.pillars.map((p, i) => [p.dimension, p.pillar, cell(scores[i])]);
	},
	csv: ({ transform, normalised }) => {
		const label = labelsOf(transform.pillars, () => transform.pillars.map((p) => [p.dimension, p.pillar]));
		const scores = pillarScores(transform, normalised);
		return label.map((l, i) => `${l},${csvNumber(scores[i])},`);
	}
};

/** How each format writes the cells of a row, given a respondent's identity and a round's provenance written once. */
const FORMATS = {
	csv: {
		head: (cells: Cell[]) => cells.map(formatCell).join(',') + ',',
		body: (body: Body, r: TransformedRespondent) => body.csv(r),
		tail: (cells: Cell[]) => cells.map(formatCell).join(',') + '\r\n'
	},
	json: {
		head: (cells: Cell[]) => '{' + keyed(IDENTITY, cells) + ',',
		body: (body: Body, r: TransformedRespondent) =>
			body.rows(r).map((cells) => keyed(body.columns, cells) + ','),
		tail: (cells: Cell[]) => keyed(PROVENANCE, cells) + '}'
	}
};

const keyed = (columns: readonly string[], cells: Cell[]) =>
	columns.map((c, i) => `${JSON.stringify(c)}:${JSON.stringify(cells[i] ?? null)}`).join(',');

function tableOf(body: Body, rowsPer: (source: ExportSource) => Promise<number>): ExportTable {
	return {
		columns: [...IDENTITY, ...body.columns, ...PROVENANCE],
		runs: 'method',
		async *rows(source) {
			for await (const batch of transformedRespondents(source))
				yield batch.flatMap((r) => {
					const base: Row = {};
					IDENTITY.forEach((c, i) => (base[c] = r.identity[i]));
					PROVENANCE.forEach((c, i) => (base[c] = r.provenance[i]));
					return body.rows(r).map((cells): Row => {
						const row = { ...base };
						body.columns.forEach((c, i) => (row[c] = cells[i]));
						return row;
					});
				});
		},
		async *text(source, format) {
			const { head, body: write, tail } = FORMATS[format];
			let provenance: Cell[] | undefined;
			let written = '';
			for await (const batch of transformedRespondents(source)) {
				const out: string[] = [];
				for (const r of batch) {
					if (r.provenance !== provenance) written = tail((provenance = r.provenance));
					const identity = head(r.identity);
					for (const cells of write(body, r)) out.push(identity + cells + written);
				}
				yield out;
			}
		},
		// Exact from counts alone: every scored respondent has one row per indicator (pillar) of its group.
		async size(source) {
			const n = await rowsPer(source);
			return { min: n, max: n, exact: async () => n };
		}
	};
}

export const normalised = tableOf(NORMALISED, async (source) => {
	let n = 0;
	for (const { round, group, n: k } of await respondentsByGroup(source))
		n += k * entriesFor(round.framework, group).length;
	return n;
});

export const pillars = tableOf(PILLARS, async (source) => {
	let n = 0;
	for (const { round, group, n: k } of await respondentsByGroup(source))
		n += k * new Set(entriesFor(round.framework, group).map((e) => e.pillar)).size;
	return n;
});
