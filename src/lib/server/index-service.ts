/**
 * The index, read: fresh scores for a round joined with who the respondents are and where they
 * sit, and the province, city and zone tables rolled up from them.
 */
import cityData from '../../../data/city-series.json' with { type: 'json' };
import { cityTable, provinceTable, zoneTable, type PlacedRespondent } from '../analysis/regional-tables.ts';
import type { Framework } from '../scoring/framework.ts';
import { DEFAULT_METHOD, type Method } from '../scoring/method.ts';
import type { RespondentGroup } from '../survey/templates.ts';
import type { HimapDatabase } from './db/connect.ts';
import type { ScoreRun } from './db/schema.ts';
import { DEFAULT_FRAMEWORK } from './framework-store.ts';
import { REGIONS } from './region-reference.ts';
import { RunCache } from './run-cache.ts';
import { freshRun } from './score-service.ts';

export const CITY_SERIES_1: ReadonlySet<string> = new Set(cityData.series1);

export interface RespondentScoreRow {
	year: number;
	respondentId: string;
	name: string;
	survey: string;
	group: RespondentGroup;
	regionCode: string;
	provinceCode: string;
	governance: number | null;
	infrastructure: number | null;
	application: number | null;
	composite: number | null;
	stage: number | null;
	coverage: number;
	flag: string | null;
}

export interface RoundIndex {
	year: number;
	run: ScoreRun;
	framework: Framework;
	method: Method;
	/** Scored (unflagged) respondents placed in their province and city: all a roll-up needs. */
	placed: PlacedRespondent[];
}

// Few: each holds every scored respondent of a round (a million at full scale).
const indexes = new RunCache<RoundIndex>(8);

/** A round's fresh scores, placed; read from the database once per score run, then from memory. */
export async function roundIndex(
	database: HimapDatabase,
	year: number,
	method: Method = DEFAULT_METHOD,
	framework: Framework = DEFAULT_FRAMEWORK
): Promise<RoundIndex | null> {
	const run = await freshRun(database, year, method, framework);
	return run && runIndex(database, run, method, framework);
}

/** The placed scores of a run already known to be fresh. */
export async function runIndex(
	database: HimapDatabase,
	run: ScoreRun,
	method: Method = DEFAULT_METHOD,
	framework: Framework = DEFAULT_FRAMEWORK
): Promise<RoundIndex> {
	const cached = indexes.get(database, run);
	if (cached) return cached;
	// Only the scores table: the roll-up needs no names, and at a million respondents every column counts.
	const rows = await database.db
		.selectFrom('scores')
		.select(['respondent_group', 'region_code', 'governance', 'infrastructure', 'application', 'composite'])
		.where('run_id', '=', run.id)
		.where('flag', 'is', null)
		.execute();
	const placed = rows.map((r): PlacedRespondent => ({
		group: r.respondent_group as RespondentGroup,
		provinceCode: r.region_code.slice(0, 2),
		cityCode: REGIONS.cityOf(r.region_code),
		scores: {
			governance: r.governance!,
			infrastructure: r.infrastructure!,
			application: r.application!,
			composite: r.composite!
		}
	}));
	const index = { year: run.year, run, framework, method, placed };
	indexes.set(database, run, index);
	return index;
}

/** Every respondent of a run with who and where they are, flagged ones included: the `respondents` export. */
export async function respondentScores(
	database: HimapDatabase,
	run: ScoreRun
): Promise<RespondentScoreRow[]> {
	const rows = await database.db
		.selectFrom('scores as s')
		.innerJoin('responses as r', 'r.id', 's.response_id')
		.select([
			'r.year',
			'r.respondent_id',
			'r.name',
			'r.survey',
			's.respondent_group',
			's.region_code',
			'r.province_code',
			's.governance',
			's.infrastructure',
			's.application',
			's.composite',
			's.stage',
			's.coverage',
			's.flag'
		])
		.where('s.run_id', '=', run.id)
		.orderBy('r.survey', 'desc')
		.orderBy('r.respondent_id')
		.execute();
	return rows.map((r) => ({
		year: r.year,
		respondentId: r.respondent_id,
		name: r.name,
		survey: r.survey,
		group: r.respondent_group as RespondentGroup,
		regionCode: r.region_code,
		provinceCode: r.province_code,
		governance: r.governance,
		infrastructure: r.infrastructure,
		application: r.application,
		composite: r.composite,
		stage: r.stage,
		coverage: r.coverage,
		flag: r.flag
	}));
}

export const provincesOf = (index: RoundIndex) => provinceTable(index.framework, index.placed);
export const citiesOf = (index: RoundIndex) => cityTable(index.framework, index.placed, CITY_SERIES_1);
export const zonesOf = (index: RoundIndex, scheme: 'zone4' | 'zone3') =>
	zoneTable(index.framework, index.placed, (p) => REGIONS.get(`${p}0000`)?.[scheme]);
