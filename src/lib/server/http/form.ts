/**
 * Reading a posted form and answering a refused one, for the form actions of the admin and token
 * pages: each field as text cut to a length (a request cannot make the server work on megabytes),
 * and the reasons for a refusal in the reader's language, each naming its field.
 */
import { fail, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import { MESSAGES } from '../../i18n/messages.ts';
import { issueLines, type FieldIssue } from '../../views/field-issues.ts';

export type FormFields = (name: string, max?: number) => string;

export async function formFields(request: Request): Promise<FormFields> {
	const form = await request.formData();
	return (name, max = 256) => {
		const value = form.get(name);
		return typeof value === 'string' ? value.slice(0, max) : '';
	};
}

/** A refusal (400 unless said): the lines to show, and whatever the form shows again. */
export function refusal<T extends Record<string, unknown>>(
	event: Pick<RequestEvent, 'locals'>,
	issues: readonly FieldIssue[],
	extra: T,
	status = 400
): ActionFailure<T & { problems: string[] }> {
	return fail(status, { ...extra, problems: issueLines(MESSAGES[event.locals.locale], issues) });
}
