/**
 * One identity per respondent: within a round, a `respondent_id` names one unit — a health
 * commission or a hospital, in one region, at one level. A resubmission supersedes the unit's
 * earlier answers; it may not turn a provincial commission into a hospital, and it may move the
 * unit to another region or level only when the importer says so (`--allow-move`, audited).
 */
import { quoteValue, type IssueParams, type SurveyIssue } from './issues.ts';
import type { RespondentGroup, TemplateId } from './templates.ts';

/** Who a respondent is, as stored (the current version) or as a file now says. */
export interface Identity {
	respondentId: string;
	year: number;
	survey: TemplateId;
	group: RespondentGroup;
	regionCode: string;
	name: string;
}

export interface Move {
	respondent_id: string;
	year: number;
	from: { region_code: string; group: string };
	to: { region_code: string; group: string };
}

const UNIT: Record<RespondentGroup, string> = {
	provincial: 'a provincial health commission',
	municipal: 'a municipal health commission',
	county: 'a county health commission',
	tertiary: 'a tertiary hospital',
	secondary: 'a secondary hospital',
	other: 'a hospital (other grade)'
};

/**
 * Compares a row with the stored respondent of the same id: an issue for the row (naming the row,
 * the id and what it belongs to), a move to record, or nothing when it is the same unit.
 * `column(name)` gives the column as the file names it.
 */
export function checkIdentity(
	incoming: Identity,
	stored: Identity,
	row: number,
	column: (name: string) => string,
	allowMove: boolean
): { issue?: SurveyIssue; move?: Move } {
	const id = incoming.respondentId;
	const belongs = `${quoteValue(stored.name)}, ${UNIT[stored.group]} in region ${stored.regionCode} (${stored.survey} survey, ${stored.year})`;
	const storedParams = {
		id,
		storedName: stored.name,
		storedGroup: stored.group,
		storedRegion: stored.regionCode,
		storedSurvey: stored.survey,
		storedYear: stored.year
	};
	if (incoming.survey !== stored.survey) {
		return {
			issue: {
				row,
				column: column('respondent_id'),
				value: id,
				message: `respondent_id ${id} already belongs to ${belongs}; a ${incoming.survey === 'hospital' ? 'hospital' : 'health commission'} needs an id of its own — correct the id`,
				code: 'identity-other-survey',
				params: { ...storedParams, survey: incoming.survey }
			}
		};
	}
	const regionMoved = incoming.regionCode !== stored.regionCode;
	const levelChanged = incoming.group !== stored.group;
	if (!regionMoved && !levelChanged) return {};
	if (allowMove) {
		return {
			move: {
				respondent_id: id,
				year: incoming.year,
				from: { region_code: stored.regionCode, group: stored.group },
				to: { region_code: incoming.regionCode, group: incoming.group }
			}
		};
	}
	const what = regionMoved
		? {
				column: column('region_code'),
				value: incoming.regionCode,
				change: `region ${incoming.regionCode}`,
				params: { changed: 'region', region: incoming.regionCode } as IssueParams
			}
		: {
				column: column(incoming.survey === 'regional' ? 'level' : 'grade'),
				value: incoming.group,
				change: UNIT[incoming.group],
				params: { changed: 'group', group: incoming.group } as IssueParams
			};
	return {
		issue: {
			row,
			column: what.column,
			value: what.value,
			message: `respondent_id ${id} is ${belongs}, not ${what.change}; correct the row, or import with --allow-move if the unit really changed (the move is recorded in the audit log)`,
			code: 'identity-changed',
			params: { ...storedParams, ...what.params }
		}
	};
}
