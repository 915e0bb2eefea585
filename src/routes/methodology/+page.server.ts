import { codebookRows, methodologyHtml } from '$lib/server/methodology-service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({
	html: methodologyHtml(locals.locale),
	codebook: codebookRows()
});
