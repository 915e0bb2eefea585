/**
 * Runs the migrations in `migrations/`. Fed from a static import map, which both the CLI (tsx) and
 * the built server (Vite) can load: Kysely's folder provider breaks once Vite bundles the server,
 * and `import.meta.glob` exists only under Vite. migrate.test.ts fails, naming the lines to add,
 * while a file in `migrations/` is missing here (migrations/README.md).
 */
import { Migrator, type Kysely, type Migration } from 'kysely';
import type { Database } from './schema.ts';
import * as initial from '../../../../migrations/20261122T0000_initial.ts';
import * as scores from '../../../../migrations/20261122T0100_scores.ts';
import * as responsesYearIndex from '../../../../migrations/20261122T0200_responses_year_index.ts';
import * as runResults from '../../../../migrations/20261130T0000_run_results.ts';
import * as identityCheck from '../../../../migrations/20261130T0100_identity_check.ts';
import * as users from '../../../../migrations/20261130T0200_users.ts';
import * as rounds from '../../../../migrations/20261130T0300_rounds.ts';
import * as apiTokens from '../../../../migrations/20261130T0400_api_tokens.ts';
import * as sessions from '../../../../migrations/20261130T0500_sessions.ts';
import * as auditAppendOnly from '../../../../migrations/20261130T0600_audit_append_only.ts';
import * as auditColumns from '../../../../migrations/20261201T0000_audit_columns.ts';
import * as roundsLoadedBeforeStates from '../../../../migrations/20261201T0100_rounds_loaded_before_states.ts';
import * as submissionRegion from '../../../../migrations/20261201T0200_submission_region.ts';
import * as submissionReview from '../../../../migrations/20261202T0000_submission_review.ts';
import * as frameworks from '../../../../migrations/20261203T0100_frameworks.ts';

export const MIGRATIONS: Record<string, Migration> = {
	'20261122T0000_initial': initial,
	'20261122T0100_scores': scores,
	'20261122T0200_responses_year_index': responsesYearIndex,
	'20261130T0000_run_results': runResults,
	'20261130T0100_identity_check': identityCheck,
	'20261130T0200_users': users,
	'20261130T0300_rounds': rounds,
	'20261130T0400_api_tokens': apiTokens,
	'20261130T0500_sessions': sessions,
	'20261130T0600_audit_append_only': auditAppendOnly,
	'20261201T0000_audit_columns': auditColumns,
	'20261201T0100_rounds_loaded_before_states': roundsLoadedBeforeStates,
	'20261201T0200_submission_region': submissionRegion,
	'20261202T0000_submission_review': submissionReview,
	'20261203T0100_frameworks': frameworks
};

/** Migrates to the latest version, or (`upTo`, for tests of an upgrade) to a given migration. */
export async function migrateToLatest(db: Kysely<Database>, upTo?: string): Promise<void> {
	// Migrations see the schema as it was when they were written, not today's typed Database.
	const migrator = new Migrator({
		db: db as Kysely<unknown>,
		provider: { getMigrations: async () => MIGRATIONS }
	});
	const migrate = () => (upTo ? migrator.migrateTo(upTo) : migrator.migrateToLatest());
	let { error, results } = await migrate();
	// Kysely takes no migration lock on SQLite: two processes starting on a new file both try, and
	// the slower one fails on a table the faster one just made. Once the faster one has committed,
	// a second attempt finds nothing left to do.
	if (error) ({ error, results } = await migrate());
	if (error) {
		const failed = results?.find((r) => r.status === 'Error')?.migrationName;
		// The cause goes with it: a migration that could not connect is the database's failure, not ours.
		throw new Error(
			`${failed ? `database migration ${failed} failed` : 'cannot migrate the database'}: ${(error as Error).message ?? error}`,
			{ cause: error }
		);
	}
}
