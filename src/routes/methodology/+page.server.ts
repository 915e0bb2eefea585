import { appDatabase } from '$lib/server/app-database';
import { codebookRows, methodologyHtml } from '$lib/server/methodology-service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({
	html: methodologyHtml(),
	codebook: await codebookRows(await appDatabase())
});
