/** Staged uploads (schema.ts `StagedUploadTable`): a checked file kept for its preview and confirmation. */
import type { Kysely, Selectable } from 'kysely';
import type { Database, StagedUploadTable } from './schema.ts';

export type StagedUpload = Selectable<StagedUploadTable>;

/** One staged upload, by its id, whoever uploaded it (the caller checks that). */
export function findStagedUpload(db: Kysely<Database>, id: string): Promise<StagedUpload | undefined> {
	return db.selectFrom('staged_uploads').selectAll().where('id', '=', id).executeTakeFirst();
}
