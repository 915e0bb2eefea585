/**
 * Where a staged upload's file is kept: a seam for the upload page's staging (issue #13), which
 * names each file by its upload id in one directory. Until that is merged, the directory is
 * HIMAP_STAGING_DIR, or data/staging.
 */
import { join } from 'node:path';

export function stagedUploadFile(id: string): string {
	return join(process.env.HIMAP_STAGING_DIR ?? 'data/staging', id);
}
