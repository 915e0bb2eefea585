/**
 * The plausibility warnings of a preview (survey/plausibility.ts rules): each batch's respondents
 * compared with their current versions in the latest earlier round holding responses (one query
 * per batch), and at the end the respondents of that round inside the file's region that are
 * neither in the file nor already current in this round. Lists are capped per rule; every warning
 * is counted.
 */
import type { Transaction } from 'kysely';
import { MESSAGES, type Locale } from '../../i18n/messages.ts';
import { format } from '../../i18n/format.ts';
import { jumpFactorOf } from '../../scoring/framework.ts';
import { answerWarnings, PLAUSIBILITY_RULES, type PlausibilityRule } from '../../survey/plausibility.ts';
import { scopePrefix } from '../../survey/region-cover.ts';
import { TEMPLATES, type Column, type TemplateId } from '../../survey/templates.ts';
import { answerText } from '../../views/preview-answer.ts';
import {
	answerKindOf,
	PREVIEW_CAPS,
	type PreviewWarning,
	type SubmissionPreview
} from '../../views/submission-preview.ts';
import type { DialectName } from '../db/connect.ts';
import { currentVersionsWithAnswers, missingSince, previousRound } from '../db/preview.repository.ts';
import type { Database } from '../db/schema.ts';
import { DEFAULT_FRAMEWORK } from '../framework-store.ts';
import type { PreviewRow } from './round-moves.ts';

const FACTOR = jumpFactorOf(DEFAULT_FRAMEWORK);
const LOCALES: Locale[] = ['en', 'zh-CN'];

export class PlausibilityChecks {
	private readonly previous = new Map<number, number | null>();
	private readonly listed = new Map<PlausibilityRule, PreviewWarning[]>(
		PLAUSIBILITY_RULES.map((r) => [r, []])
	);
	private readonly counts = Object.fromEntries(PLAUSIBILITY_RULES.map((r) => [r, 0])) as Record<
		PlausibilityRule,
		number
	>;
	private readonly columns: readonly Column[];

	constructor(
		private readonly template: TemplateId,
		private readonly columnName: (name: string) => string
	) {
		this.columns = TEMPLATES[template].columns;
	}

	private async previousOf(trx: Transaction<Database>, year: number): Promise<number | null> {
		if (!this.previous.has(year)) this.previous.set(year, await previousRound(trx, year));
		return this.previous.get(year)!;
	}

	async batch(trx: Transaction<Database>, dialect: DialectName, year: number, rows: readonly PreviewRow[]) {
		const before = await this.previousOf(trx, year);
		if (before === null) return;
		const earlier = await currentVersionsWithAnswers(
			trx,
			dialect,
			before,
			rows.map((r) => r.respondentId)
		);
		for (const r of rows) {
			const version = earlier.get(r.respondentId);
			if (!version) continue;
			for (const w of answerWarnings(this.columns, version.answers, r.answers, FACTOR)) {
				// Past the cap a warning is only counted: a million rows can make millions of them.
				if (!this.listing(w.rule)) continue;
				const kind = answerKindOf(this.columns.find((c) => c.name === w.column)!.type);
				const column = this.columnName(w.column);
				this.add({
					rule: w.rule,
					row: r.row,
					respondentId: r.respondentId,
					name: r.name,
					column,
					kind,
					previousYear: before,
					previous: w.previous,
					current: w.current,
					message: messages(w.rule, (locale) => {
						const words = MESSAGES[locale];
						return {
							column,
							year: before,
							previous: answerText(kind, w.previous, words, locale),
							current: answerText(kind, w.current, words, locale),
							factor: FACTOR
						};
					})
				});
			}
		}
	}

	/** The respondents missing since the round before, for each round of the file, inside its region. */
	async finish(trx: Transaction<Database>, years: readonly number[], region: string): Promise<void> {
		for (const year of years) {
			const before = await this.previousOf(trx, year);
			if (before === null) continue;
			const missing = await missingSince(
				trx,
				before,
				year,
				this.template,
				scopePrefix(region),
				PREVIEW_CAPS.warningsPerRule
			);
			this.counts.missing += missing.count - missing.listed.length;
			for (const m of missing.listed)
				if (this.listing('missing'))
					this.add({
						rule: 'missing',
						row: null,
						respondentId: m.respondentId,
						name: m.name,
						column: null,
						kind: null,
						previousYear: before,
						previous: null,
						current: null,
						message: messages('missing', () => ({ name: m.name, id: m.respondentId, year: before }))
					});
		}
	}

	/** Counts a warning of `rule`; whether it is still to be listed (then `add` it). */
	private listing(rule: PlausibilityRule): boolean {
		this.counts[rule]++;
		return this.listed.get(rule)!.length < PREVIEW_CAPS.warningsPerRule;
	}

	private add(warning: PreviewWarning): void {
		this.listed.get(warning.rule)!.push(warning);
	}

	result(): SubmissionPreview['warnings'] {
		const listed = PLAUSIBILITY_RULES.flatMap((r) => this.listed.get(r)!);
		return {
			listed,
			count: PLAUSIBILITY_RULES.reduce((n, r) => n + this.counts[r], 0),
			byRule: { ...this.counts }
		};
	}
}

function messages(
	rule: PlausibilityRule,
	values: (locale: Locale) => Record<string, string | number>
): PreviewWarning['message'] {
	const [en, zh] = LOCALES.map((locale) => format(MESSAGES[locale][`previewWarn_${rule}`], values(locale)));
	return { en, 'zh-CN': zh };
}
