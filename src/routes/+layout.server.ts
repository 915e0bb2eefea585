import { app } from '$lib/server/app-database';
import { mayViewCompleteness } from '$lib/server/auth/completeness-access';
import { isDemoData } from '$lib/server/rounds-service';
import { scoresStatus } from '$lib/server/scores-status';
import type { LayoutServerLoad } from './$types';

/**
 * The header's link to one's own work: the review queue for reviewers and admins, the history for
 * submitters. Known only where the caller is (pages for signed-in users: hooks.server.ts); public
 * pages are cached the same for everyone, so theirs have none — /account links to both.
 */
function workLink(caller: App.Locals['principal']): 'review' | 'submissions' | null {
	if (caller?.role === 'reviewer' || caller?.role === 'admin') return 'review';
	return caller?.role === 'submitter' ? 'submissions' : null;
}

export const load: LayoutServerLoad = async ({ locals }) => {
	const application = await app();
	return {
		locale: locals.locale,
		demo: await isDemoData(application.database),
		scores: await scoresStatus(application),
		// Known only where the caller is (signed-in pages): a cached public page never shows the link.
		completeness: mayViewCompleteness(locals.principal).allowed,
		work: workLink(locals.principal)
	};
};
