import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { format, MESSAGES } from '$lib/i18n/messages';
import { appDatabase } from '$lib/server/app-database';
import { maySubmitAtAll } from '$lib/server/auth/permissions';
import { formFields } from '$lib/server/http/form';
import { regionNames } from '$lib/server/region-reference';
import { submissionDetail } from '$lib/server/review-queue-service';
import { reviewSubmission, ReviewRefused } from '$lib/server/review-service';
import { submissionRecord } from '$lib/server/submission-record-service';
import { recordView, refusalText, type Move } from '$lib/views/submission-record';
import type { Actions, PageServerLoad } from './$types';

const idOf = (param: string): number => {
	if (!/^[1-9]\d{0,14}$/.test(param)) error(404, 'no such submission');
	return Number(param);
};

// Signed in: hooks.server.ts sends anyone else to the sign-in page (auth/route-access.ts).
export const load: PageServerLoad = async (event) => {
	event.setHeaders({ 'cache-control': 'private, no-store' });
	const caller = event.locals.principal!;
	const record = await submissionRecord(await appDatabase(), caller, idOf(event.params.id));
	// Outside the caller's region it does not exist, as far as the caller is told.
	if (!record) error(404, 'no such submission in your region');
	const { locale } = event.locals;
	const codes = [record.submission.region_code, ...record.rows.map((r) => r.region_code)];
	return {
		view: recordView(MESSAGES[locale], locale, regionNames(codes), record),
		preview: record.preview,
		reviewer: record.reviewer,
		maySubmit: maySubmitAtAll(caller).allowed
	};
};

/** One review move from the page's form; a refusal keeps the comment typed and says why in the reader's language. */
async function move(event: RequestEvent<{ id: string }>, action: Move) {
	const t = MESSAGES[event.locals.locale];
	const caller = event.locals.principal!;
	const id = idOf(event.params.id);
	const field = await formFields(event.request);
	const comment = field('comment', 4000);
	const database = await appDatabase();
	try {
		await reviewSubmission(database, caller, id, action, comment);
		return { move: action, done: t[`reviewDone_${action}`] };
	} catch (e) {
		if (!(e instanceof ReviewRefused)) throw e;
		if (e.status === 404) error(404, 'no such submission in your region');
		if (e.status === 403)
			return fail(403, {
				move: action,
				comment,
				problems: [format(t.reviewRefusedForbidden, { reason: e.message })]
			});
		const now = await submissionDetail(database, caller, id);
		const text = refusalText(t, {
			move: action,
			comment,
			shownStatus: field('shown', 16),
			status: now?.submission.status ?? '',
			currentRows: now?.submission.current_rows ?? 0
		});
		return fail(409, { move: action, comment, problems: [text] });
	}
}

export const actions: Actions = {
	approve: (event) => move(event, 'approve'),
	return: (event) => move(event, 'return'),
	reopen: (event) => move(event, 'reopen')
};
