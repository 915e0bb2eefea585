/**
 * The preview collector (issue #13): an ImportObserver that watches a dry run of the real import
 * and gathers what the clerk must see before confirming — counts, changed cells, score moves and
 * plausibility warnings — into a SubmissionPreview. Everything it keeps is capped or bounded by the
 * region reference; rows pass through a batch at a time.
 */
import type { Transaction } from 'kysely';
import type { TemplateId } from '../../survey/templates.ts';
import { TEMPLATES } from '../../survey/templates.ts';
import { decodeAnswers } from '../../survey/answers-codec.ts';
import {
	answerKindOf,
	PREVIEW_CAPS,
	type AnswerKind,
	type ChangedCell,
	type SubmissionPreview
} from '../../views/submission-preview.ts';
import type { DialectName } from '../db/connect.ts';
import type { Database } from '../db/schema.ts';
import type { ImportObserver, ObservedFile, ObservedRow } from '../import-observer.ts';
import { PlausibilityChecks } from './plausibility-checks.ts';
import { RoundMovesTracker, type PreviewRow } from './round-moves.ts';

export class PreviewCollector implements ImportObserver {
	private file: ObservedFile | null = null;
	private kinds = new Map<string, AnswerKind>();
	private checks: PlausibilityChecks | null = null;
	private readonly rounds = new Map<number, RoundMovesTracker>();
	private readonly counts = { rows: 0, new: 0, superseding: 0 };
	private readonly changes: ChangedCell[] = [];
	private changeCount = 0;
	private preview: SubmissionPreview | null = null;

	start(file: ObservedFile): void {
		this.file = file;
		this.kinds = new Map(
			TEMPLATES[file.template].columns.map((c) => [c.name, answerKindOf(c.type)] as const)
		);
		this.checks = new PlausibilityChecks(file.template, file.columnName);
	}

	async batch(trx: Transaction<Database>, dialect: DialectName, rows: readonly ObservedRow[]): Promise<void> {
		const file = this.file!;
		const byYear = new Map<number, PreviewRow[]>();
		for (const { row, data, stored } of rows) {
			const answers = decodeAnswers(data.answers, file.answerColumns);
			const item: PreviewRow = {
				row,
				respondentId: data.respondentId,
				name: data.name,
				group: data.group,
				regionCode: data.regionCode,
				answers
			};
			const list = byYear.get(data.year);
			if (list) list.push(item);
			else byYear.set(data.year, [item]);
			this.counts.rows++;
			if (!stored) {
				this.counts.new++;
				continue;
			}
			this.counts.superseding++;
			for (const column of file.answerColumns) {
				const before = stored.answers[column] ?? null;
				const after = answers[column] ?? null;
				if (before === after) continue;
				this.changeCount++;
				if (this.changes.length < PREVIEW_CAPS.changes)
					this.changes.push({
						row,
						respondentId: data.respondentId,
						name: data.name,
						column: file.columnName(column),
						kind: this.kinds.get(column) ?? 'number',
						before,
						after
					});
			}
		}
		for (const [year, list] of byYear) {
			let round = this.rounds.get(year);
			if (!round) this.rounds.set(year, (round = new RoundMovesTracker(year)));
			await round.batch(trx, list);
			await this.checks!.batch(trx, dialect, year, list);
		}
	}

	async finish(
		trx: Transaction<Database>,
		_dialect: DialectName,
		file: { years: readonly number[]; region: string }
	): Promise<void> {
		await this.checks!.finish(trx, file.years, file.region);
		const scores = [];
		for (const year of file.years)
			scores.push(await (this.rounds.get(year) ?? new RoundMovesTracker(year)).finish(trx));
		this.preview = {
			template: this.file!.template as TemplateId,
			years: [...file.years],
			counts: { ...this.counts },
			changes: { listed: this.changes, count: this.changeCount },
			scores,
			warnings: this.checks!.result()
		};
	}

	/** The preview, once the import finished without errors; null otherwise. */
	result(): SubmissionPreview | null {
		return this.preview;
	}
}
