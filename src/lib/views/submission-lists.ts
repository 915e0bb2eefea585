/**
 * What the review queue (/review) and a unit's history (/submissions) show: one line per stored
 * survey file, its unit named in the reader's language, its state, and a link to open it.
 */
import { format, type Locale } from '../i18n/messages.ts';
import { formatCount } from '../charts/format.ts';
import { localName } from './names.ts';
import type { Messages } from './page-base.ts';
import { utcTime } from './utc-time.ts';

export const REVIEW_STATUSES = ['submitted', 'returned', 'approved'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** A stored submission as the server lists it (review-queue-service.ts, submission-service.ts). */
export interface ListedSubmission {
	id: number;
	file_name: string;
	years: string;
	row_count: number;
	/** Rows no later file has replaced; absent where the listing does not count them. */
	current_rows?: number;
	submitted_at: string;
	submitted_by: string;
	region_code: string | null;
	status: string;
	reviewed_by: string | null;
	reviewed_at: string | null;
	review_comment: string | null;
}

/** A region's names, as the reference holds them. */
export type RegionNames = ReadonlyMap<string, { name: string; nameEn: string }>;

export interface SubmissionLine {
	id: number;
	href: string;
	unit: string;
	file: string;
	rounds: string;
	submittedBy: string;
	submittedAt: string;
	rows: string;
	status: string;
	statusKey: string;
	reviewedBy: string;
	reviewedAt: string;
	comment: string;
}

export const statusName = (t: Messages, status: string): string =>
	t[`reviewStatus_${status}` as keyof Messages] ?? status;

/** A region by its name in the reader's language, then its code; the code alone when the reference lacks it. */
export function unitName(names: RegionNames, code: string | null, locale: Locale): string {
	if (!code) return '–';
	const region = names.get(code);
	return region ? `${localName(region, locale)} (${code})` : code;
}

export function submissionLines(
	t: Messages,
	locale: Locale,
	names: RegionNames,
	submissions: readonly ListedSubmission[]
): SubmissionLine[] {
	return submissions.map((s) => ({
		id: s.id,
		href: `/submissions/${s.id}`,
		unit: unitName(names, s.region_code, locale),
		file: s.file_name,
		rounds: s.years.split(',').join(', '),
		submittedBy: s.submitted_by,
		submittedAt: utcTime(s.submitted_at),
		rows:
			s.current_rows === undefined || s.current_rows === s.row_count
				? formatCount(s.row_count, locale)
				: format(t.reviewRowsCurrent, {
						current: formatCount(s.current_rows, locale),
						rows: formatCount(s.row_count, locale)
					}),
		status: statusName(t, s.status),
		statusKey: s.status,
		reviewedBy: s.reviewed_by ?? '',
		reviewedAt: s.reviewed_at ? utcTime(s.reviewed_at) : '',
		comment: s.review_comment ?? ''
	}));
}

/** The queue's filter: a status (waiting by default) and an optional round, read leniently from the URL. */
export function queueFilter(params: URLSearchParams): { status: ReviewStatus; year: number | undefined } {
	const status = params.get('status') ?? '';
	const year = params.get('year') ?? '';
	return {
		status: (REVIEW_STATUSES as readonly string[]).includes(status) ? (status as ReviewStatus) : 'submitted',
		year: /^\d{4}$/.test(year) ? Number(year) : undefined
	};
}
