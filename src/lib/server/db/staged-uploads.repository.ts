/**
 * Staged uploads (schema.ts `StagedUploadTable`): a survey file checked in the browser, waiting to
 * be confirmed or cancelled, and the version of the data its check was made against.
 */
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, StagedUploadTable } from './schema.ts';

type Reader = Kysely<Database> | Transaction<Database>;
export type StagedRow = StagedUploadTable;
export type StagedUpload = Selectable<StagedUploadTable>;

/** One staged upload, by its id, whoever uploaded it (the caller checks that). */
export function findStagedUpload(db: Kysely<Database>, id: string): Promise<StagedUpload | undefined> {
	return db.selectFrom('staged_uploads').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertStaged(db: Reader, row: StagedRow): Promise<void> {
	await db.insertInto('staged_uploads').values(row).execute();
}

export function findStaged(db: Reader, id: string): Promise<StagedRow | undefined> {
	return db.selectFrom('staged_uploads').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateStaged(
	db: Reader,
	id: string,
	change: Partial<Omit<StagedRow, 'id' | 'login'>>
): Promise<void> {
	await db.updateTable('staged_uploads').set(change).where('id', '=', id).execute();
}

/**
 * Moves a staged upload from one state to another, if it is still in the first: true when this
 * caller made the move (two confirmations of the same file race here, and only one wins).
 */
export async function moveStaged(db: Reader, id: string, from: string, to: string): Promise<boolean> {
	const r = await db
		.updateTable('staged_uploads')
		.set({ state: to })
		.where('id', '=', id)
		.where('state', '=', from)
		.executeTakeFirst();
	return Number(r.numUpdatedRows) === 1;
}

/** Removes the uploads expired at `now`; their ids, so that their files go too. */
export async function deleteExpired(db: Reader, now: string): Promise<string[]> {
	// A confirmed one stays: its preview is part of the submission's record, which its reviewer opens.
	const rows = await db
		.selectFrom('staged_uploads')
		.select('id')
		.where('expires_at', '<=', now)
		.where('state', '!=', 'confirmed')
		.execute();
	if (rows.length === 0) return [];
	const ids = rows.map((r) => r.id);
	await db.deleteFrom('staged_uploads').where('id', 'in', ids).execute();
	return ids;
}

/**
 * What a check depends on, as one string: the newest response (any import since), the newest
 * review change (an approval or return), and every round's state (a round closed or published).
 * A confirmation against a different version checks the file again before storing anything.
 */
export async function sourceVersion(db: Reader): Promise<string> {
	const [responses, reviews, rounds] = await Promise.all([
		db
			.selectFrom('responses')
			.select((eb) => eb.fn.max('id').as('v'))
			.executeTakeFirst(),
		db
			.selectFrom('submissions')
			.select((eb) => eb.fn.max('review_seq').as('v'))
			.executeTakeFirst(),
		db.selectFrom('rounds').select(['year', 'state']).orderBy('year').execute()
	]);
	const states = rounds.map((r) => `${r.year}:${r.state}`).join(',');
	return `${Number(responses?.v ?? 0)}.${Number(reviews?.v ?? 0)}.${states}`;
}
