/**
 * `GET /api/v1/submissions/{id}` and `POST /api/v1/submissions/{id}/review` (docs/contracts.md,
 * HTTP API): one submission as review sees it, and a reviewer's move on it. What each status means
 * is in the OpenAPI document (http/openapi-review.ts). A submission outside the caller's region
 * answers 404, as if it did not exist; viewers and analysts, who see no submissions, 403.
 */
import { mayListSubmissions, type Principal } from '../auth/permissions.ts';
import { REVIEW_ACTIONS, type ReviewAction } from '../auth/review-states.ts';
import type { HimapDatabase } from '../db/connect.ts';
import { submissionDetail } from '../review-queue-service.ts';
import { reviewSubmission, ReviewRefused } from '../review-service.ts';
import { problem } from './problem.ts';

const json = (status: number, body: unknown) =>
	new Response(JSON.stringify(body), {
		status,
		headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'private, no-store' }
	});

const TITLES: Record<ReviewRefused['status'], string> = {
	403: 'Forbidden',
	404: 'Not found',
	409: 'Not allowed in this state'
};

/** The id of the path, when it is one a submission could have; null otherwise (answered 404). */
const submissionId = (param: string): number | null => (/^[1-9]\d{0,14}$/.test(param) ? Number(param) : null);

const notFound = (param: string) =>
	problem(404, TITLES[404], `there is no submission #${param.slice(0, 40)} in your region`);

export async function getSubmission(
	database: HimapDatabase,
	caller: Principal | null,
	param: string
): Promise<Response> {
	const allowed = mayListSubmissions(caller);
	if (!allowed.allowed) return problem(allowed.status, 'Forbidden', allowed.reason);
	const id = submissionId(param);
	const detail = id === null ? null : await submissionDetail(database, caller!, id);
	return detail ? json(200, detail) : notFound(param);
}

const MAX_COMMENT = 4000;

/** The move a body asks for, or why it cannot be read. */
export function reviewBody(body: unknown): { action: ReviewAction; comment: string } | { bad: string } {
	if (!body || typeof body !== 'object' || Array.isArray(body))
		return { bad: 'send a JSON object: {"action": "approve" | "return" | "reopen", "comment": "…"}' };
	const { action, comment = '' } = body as Record<string, unknown>;
	if (typeof action !== 'string' || !(REVIEW_ACTIONS as readonly string[]).includes(action))
		return { bad: `action must be one of ${REVIEW_ACTIONS.join(', ')}` };
	if (typeof comment !== 'string') return { bad: 'comment must be text' };
	if (comment.length > MAX_COMMENT) return { bad: `comment must be at most ${MAX_COMMENT} characters` };
	return { action: action as ReviewAction, comment };
}

export async function postReview(
	database: HimapDatabase,
	caller: Principal | null,
	param: string,
	request: Request
): Promise<Response> {
	const allowed = mayListSubmissions(caller);
	if (!allowed.allowed) return problem(allowed.status, 'Forbidden', allowed.reason);
	const id = submissionId(param);
	if (id === null) return notFound(param);
	let body: unknown;
	try {
		body = JSON.parse(await request.text());
	} catch {
		return problem(400, 'Bad request', 'the body is not JSON: send {"action": "approve"}');
	}
	const move = reviewBody(body);
	if ('bad' in move) return problem(400, 'Bad request', move.bad);
	try {
		return json(200, await reviewSubmission(database, caller!, id, move.action, move.comment));
	} catch (e) {
		if (e instanceof ReviewRefused) return problem(e.status, TITLES[e.status], e.message);
		throw e;
	}
}
