import { error, redirect } from '@sveltejs/kit';
import { appDatabase } from '$lib/server/app-database';
import { cancelStaged, confirmStaged, stagedFor } from '$lib/server/staging-service';
import { issueReport } from '$lib/views/issue-report';
import { issueText } from '$lib/views/issue-text';
import type { Actions, PageServerLoad } from './$types';

// Another user's id answers as an unknown one: whether it exists is not theirs to learn.
const gone = (): never => error(404, 'staged upload not found');

export const load: PageServerLoad = async (event) => {
	event.setHeaders({ 'cache-control': 'private, no-store' });
	// Signed in: hooks.server.ts sends anyone else to the sign-in page (auth/route-access.ts).
	const upload = await stagedFor(await appDatabase(), event.locals.principal!, event.params.id);
	if (!upload) return gone();
	const { outcome } = upload;
	const { locale } = event.locals;
	return {
		upload,
		report: outcome.ok ? null : issueReport(outcome, locale),
		preview: (outcome.ok && outcome.preview) || null,
		// Warnings (columns it does not know, and the like) in the clerk's language too.
		warnings: outcome.warnings.map((w) => ({ ...w, message: issueText(w, locale) }))
	};
};

export const actions: Actions = {
	confirm: async (event) => {
		const outcome = await confirmStaged(await appDatabase(), event.locals.principal!, event.params.id);
		if (outcome.kind === 'gone') return gone();
		if (outcome.kind === 'stored') redirect(303, `/submissions/${outcome.submissionId}`);
		return { rechecked: outcome.kind === 'rechecked' };
	},
	cancel: async (event) => {
		const database = await appDatabase();
		const caller = event.locals.principal!;
		if (await cancelStaged(database, caller, event.params.id)) redirect(303, '/submit?cancelled');
		if (!(await stagedFor(database, caller, event.params.id))) return gone();
		return {};
	}
};
