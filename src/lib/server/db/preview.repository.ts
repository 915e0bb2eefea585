/**
 * What a preview of an import reads besides what the import itself reads: stored versions with
 * their answers and their submission's review state, the round before, the latest run's scores of
 * a few respondents and regions. Every query is bounded by a batch of respondent ids or region
 * codes, so a preview of a million rows holds no more than the import does.
 */
import type { Transaction } from 'kysely';
import type { Identity } from '../../survey/identity.ts';
import type { RespondentGroup } from '../../survey/templates.ts';
import { decodeAnswers } from '../../survey/answers-codec.ts';
import type { DialectName } from './connect.ts';
import { placeholder, raw } from './dialect.ts';
import { currentVersionOf, type VersionRow } from './responses.repository.ts';
import type { Database } from './schema.ts';

/** A respondent's current version in a round, answers decoded. */
export interface StoredVersion {
	id: number;
	submissionId: number;
	/** The review state of the submission that holds it (`submitted`, `approved`, `returned`). */
	status: string;
	identity: Identity;
	answers: Record<string, number>;
}

/** The current versions of these respondents in a round, with their answers and review state. */
export async function currentVersionsWithAnswers(
	trx: Transaction<Database>,
	dialect: DialectName,
	year: number,
	respondentIds: readonly string[]
): Promise<Map<string, StoredVersion>> {
	const found = new Map<string, StoredVersion>();
	if (respondentIds.length === 0) return found;
	const marks = respondentIds.map((_, i) => placeholder(dialect, i + 1)).join(',');
	const { rows } = await raw(
		trx,
		`select r.id, r.respondent_id, r.submission_id, r.survey, r.respondent_group, r.region_code, r.name, r.answers, s.status, s.answer_columns
		 from responses r join submissions s on s.id = r.submission_id
		 where r.superseded_by is null and r.year = ${placeholder(dialect, 0)} and r.respondent_id in (${marks})`,
		[year, ...respondentIds]
	);
	// A batch's versions come from a few submissions: each one's column list is parsed once.
	const columns = new Map<number, string[]>();
	for (const r of rows as StoredRow[]) {
		let names = columns.get(r.submission_id);
		if (!names) columns.set(r.submission_id, (names = JSON.parse(r.answer_columns) as string[]));
		found.set(r.respondent_id, { ...currentVersionOf(r, year), answers: decodeAnswers(r.answers, names) });
	}
	return found;
}

/** A current version's row with what decodes its answers. */
type StoredRow = VersionRow & { answers: string; answer_columns: string };

/** The latest round before `year` holding current responses, or null. */
export async function previousRound(trx: Transaction<Database>, year: number): Promise<number | null> {
	const row = await trx
		.selectFrom('responses')
		.select((eb) => eb.fn.max('year').as('year'))
		.where('year', '<', year)
		.where('superseded_by', 'is', null)
		.executeTakeFirst();
	return row?.year == null ? null : Number(row.year);
}

export interface MissingRespondent {
	respondentId: string;
	name: string;
	regionCode: string;
}

/**
 * Respondents of one survey current in round `before` inside a region (a code prefix,
 * region-cover.ts `scopePrefix`) with no current version in round `year`: the first `limit` by
 * id, and how many there are.
 */
export async function missingSince(
	trx: Transaction<Database>,
	before: number,
	year: number,
	survey: string,
	prefix: string,
	limit: number
): Promise<{ listed: MissingRespondent[]; count: number }> {
	const base = trx
		.selectFrom('responses as p')
		.where('p.year', '=', before)
		.where('p.superseded_by', 'is', null)
		.where('p.survey', '=', survey)
		.where('p.region_code', 'like', `${prefix}%`)
		.where(({ not, exists, selectFrom }) =>
			not(
				exists(
					selectFrom('responses as c')
						.select('c.id')
						.whereRef('c.respondent_id', '=', 'p.respondent_id')
						.where('c.year', '=', year)
						.where('c.superseded_by', 'is', null)
				)
			)
		);
	const listed = await base
		.select(['p.respondent_id', 'p.name', 'p.region_code'])
		.orderBy('p.respondent_id')
		.limit(limit)
		.execute();
	const counted = await base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst();
	return {
		listed: listed.map((r) => ({ respondentId: r.respondent_id, name: r.name, regionCode: r.region_code })),
		count: Number(counted?.n ?? 0)
	};
}

/** A respondent's scores in a run, found by respondent (whichever of its versions was scored). */
export interface RunScore {
	respondentId: string;
	group: RespondentGroup;
	regionCode: string;
	governance: number | null;
	infrastructure: number | null;
	application: number | null;
	composite: number | null;
	flag: string | null;
}

export async function runScoresOf(
	trx: Transaction<Database>,
	runId: number,
	year: number,
	respondentIds: readonly string[]
): Promise<Map<string, RunScore>> {
	if (respondentIds.length === 0) return new Map();
	const rows = await trx
		.selectFrom('scores as s')
		.innerJoin('responses as r', 'r.id', 's.response_id')
		.select([
			'r.respondent_id',
			's.respondent_group',
			's.region_code',
			's.governance',
			's.infrastructure',
			's.application',
			's.composite',
			's.flag'
		])
		.where('s.run_id', '=', runId)
		.where('r.year', '=', year)
		.where('r.respondent_id', 'in', respondentIds)
		.execute();
	return new Map(
		rows.map((r) => [
			r.respondent_id,
			{
				respondentId: r.respondent_id,
				group: r.respondent_group as RespondentGroup,
				regionCode: r.region_code,
				governance: r.governance,
				infrastructure: r.infrastructure,
				application: r.application,
				composite: r.composite,
				flag: r.flag
			}
		])
	);
}

/** Per region and group: how many unflagged respondents a run scored there, and their score sums. */
export interface RegionGroupSums {
	regionCode: string;
	group: RespondentGroup;
	n: number;
	governance: number;
	infrastructure: number;
	application: number;
	composite: number;
}

export async function runRegionSums(
	trx: Transaction<Database>,
	runId: number,
	regionCodes: readonly string[]
): Promise<RegionGroupSums[]> {
	if (regionCodes.length === 0) return [];
	const rows = await trx
		.selectFrom('scores')
		.select(({ fn }) => [
			'region_code',
			'respondent_group',
			fn.countAll<number | string>().as('n'),
			fn.sum<number | string>('governance').as('governance'),
			fn.sum<number | string>('infrastructure').as('infrastructure'),
			fn.sum<number | string>('application').as('application'),
			fn.sum<number | string>('composite').as('composite')
		])
		.where('run_id', '=', runId)
		.where('flag', 'is', null)
		.where('region_code', 'in', regionCodes)
		.groupBy(['region_code', 'respondent_group'])
		.execute();
	return rows.map((r) => ({
		regionCode: r.region_code,
		group: r.respondent_group as RespondentGroup,
		n: Number(r.n),
		governance: Number(r.governance),
		infrastructure: Number(r.infrastructure),
		application: Number(r.application),
		composite: Number(r.composite)
	}));
}
