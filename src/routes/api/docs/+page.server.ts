import { openApiDocument } from '$lib/server/http/openapi';
import { apiDocsView } from '$lib/views/api-docs';
import type { PageServerLoad } from './$types';

// Nothing on the page runs in the browser: it is read, not used, and needs no script to load.
export const csr = false;

export const load: PageServerLoad = ({ url }) => ({ api: apiDocsView(openApiDocument(), url.origin) });
