/** The typed database schema: one interface per table, combined into `Database`. */
import type { Generated, Insertable, Selectable } from 'kysely';

/** One uploaded file, stored or (for a dry run) not. */
export interface SubmissionTable {
	id: Generated<number>;
	file_name: string;
	sha256: string;
	encoding: string;
	template: string;
	/** JSON array of answer column names: the key to `responses.answers` of this submission. */
	answer_columns: string;
	/** The rounds the file holds, comma separated (`2018` or `2018,2019`). */
	years: string;
	row_count: number;
	new_count: number;
	superseded_count: number;
	/** ISO 8601, UTC. */
	submitted_at: string;
	submitted_by: string;
	/** The smallest region holding all its units (survey/region-cover.ts); null only while it is being stored. */
	region_code: string | null;
	/** `submitted`, `approved` or `returned` (survey/review-states.ts); an operator's import is approved. */
	status: Generated<string>;
	reviewed_by: string | null;
	/** ISO 8601, UTC. */
	reviewed_at: string | null;
	/** The reviewer's words to the submitter: why it was returned or reopened. */
	review_comment: string | null;
	/** The sequence number of its last review change (0 for none): see score_runs.source_review_seq. */
	review_seq: Generated<number>;
}

/**
 * One version of one respondent's answers in one round. A later submission of the same
 * `(year, respondent_id)` sets `superseded_by` on this one; the current version has it null
 * (a partial unique index keeps at most one current version).
 */
export interface ResponseTable {
	id: Generated<number>;
	submission_id: number;
	year: number;
	respondent_id: string;
	survey: string;
	respondent_group: string;
	name: string;
	region_code: string;
	province_code: string;
	/**
	 * JSON array of numbers (booleans 1/0, ordinals 0–7), one per entry of the submission's
	 * `answer_columns`, null where missing. Positional rather than keyed: the keys were three
	 * quarters of every row's bytes, and SQLite's import speed follows the bytes written.
	 */
	answers: string;
	superseded_by: number | null;
}

/** Append-only record of every change to survey data. */
export interface AuditLogTable {
	id: Generated<number>;
	at: string;
	actor: string;
	action: string;
	submission_id: number | null;
	/** JSON: what changed (counts, superseded response ids). */
	detail: string;
	/** The region the action concerns (a user's scope, a submission's units); null when none. */
	region: string | null;
	/** The survey round the action concerns; null when none. */
	year: number | null;
	/** JSON of the value before and after a change (a role, a round's state); null when none. */
	value_before: string | null;
	value_after: string | null;
}

/** One computation of a round's scores under one framework version and method. */
export interface ScoreRunTable {
	id: Generated<number>;
	year: number;
	framework_id: string;
	framework_version: string;
	/** Method key, e.g. `goalposts/framework/arithmetic/winsorise` (see scoring/method.ts). */
	method: string;
	/** The newest response id of the round when scored; a larger one now means the run is stale. */
	source_max_response_id: number;
	/** The highest review_seq of the round's submissions when scored: an approval or return since makes the run stale. */
	source_review_seq: number;
	respondents: number;
	flagged: number;
	/** JSON: outlier treatments and the indicator weights used, per group. */
	report: string;
	computed_at: string;
}

/** A respondent's scores in one run; null scores with a flag when coverage was too low. */
export interface ScoreTable {
	run_id: number;
	response_id: number;
	respondent_group: string;
	region_code: string;
	governance: number | null;
	infrastructure: number | null;
	application: number | null;
	composite: number | null;
	stage: number | null;
	coverage: number;
	flag: string | null;
}

/** What a run computed besides the scores (see runs.repository.ts for the kinds); `body` is JSON. */
export interface ScoreRunResultTable {
	run_id: number;
	kind: string;
	body: string;
}

/** Someone who signs in: a role, the region a submitter or reviewer acts for, a password hash. */
export interface UserTable {
	id: Generated<number>;
	login: string;
	/** `admin`, `reviewer`, `submitter`, `analyst` or `viewer` (server/auth/roles.ts). */
	role: string;
	/** A region code (GB/T 2260, `000000` for the nation) for submitters and reviewers; null otherwise. */
	region_code: string | null;
	/** argon2id, in its PHC string form (parameters and salt included). */
	password_hash: string;
	/** 1 once disabled: a user is never deleted, so the audit log's actors stay named. */
	disabled: number;
	/** ISO 8601, UTC. */
	created_at: string;
	password_changed_at: string;
}

/** A survey round's state (server/auth/round-states.ts) and who set it when. */
export interface RoundTable {
	year: number;
	state: string;
	changed_at: string;
	changed_by: string;
}

/** A personal API token: its SHA-256 only, never the token. */
export interface ApiTokenTable {
	id: Generated<number>;
	user_id: number;
	/** Hex SHA-256 of the token. */
	token_hash: string;
	name: string;
	created_at: string;
	expires_at: string | null;
	revoked_at: string | null;
}

/** A signed-in session: the SHA-256 of its id only. */
export interface SessionTable {
	id_hash: string;
	user_id: number;
	created_at: string;
	last_seen_at: string;
}

/**
 * A survey file checked in the browser and waiting to be confirmed or cancelled: its outcome
 * (errors, or the preview) kept for a short time; the file itself waits in the staging directory.
 */
export interface StagedUploadTable {
	/** 128 random bits, hex: the id the confirmation names. */
	id: string;
	login: string;
	file_name: string;
	size: number;
	sha256: string;
	created_at: string;
	expires_at: string;
	/** `checked`, `confirmed` or `cancelled`. */
	state: string;
	/** The data the preview was computed against; confirming after it changed checks the file again. */
	source_version: string;
	/** JSON: the dry run's outcome and the preview. */
	outcome: string;
	submission_id: number | null;
}

/** A stored framework version (migrations/20261203T0100_frameworks.ts); its content never changes. */
export interface FrameworkTable {
	id: string;
	version: string;
	/** The file's text as given. */
	body: string;
	sha256: string;
	/** ISO 8601, UTC. */
	stored_at: string;
	/** Who stored it: the CLI's operator (`cli`) or a signed-in login. */
	stored_by: string;
}

export interface Database {
	submissions: SubmissionTable;
	responses: ResponseTable;
	audit_log: AuditLogTable;
	score_runs: ScoreRunTable;
	scores: ScoreTable;
	score_run_results: ScoreRunResultTable;
	users: UserTable;
	rounds: RoundTable;
	api_tokens: ApiTokenTable;
	sessions: SessionTable;
	staged_uploads: StagedUploadTable;
	frameworks: FrameworkTable;
}

export type Submission = Selectable<SubmissionTable>;
export type NewSubmission = Insertable<SubmissionTable>;
export type ResponseRow = Selectable<ResponseTable>;
export type ScoreRun = Selectable<ScoreRunTable>;
export type ScoreRow = Selectable<ScoreTable>;
export type User = Selectable<UserTable>;
