/**
 * Reading the audit log (schema.ts `AuditLogTable`), newest first, a page or a batch at a time.
 * Lines are written by `audit()` in submissions.repository.ts; nothing here or anywhere else
 * changes one (the database refuses it too: migrations/20261130T0600_audit_append_only.ts).
 */
import {
	sql,
	type Expression,
	type ExpressionBuilder,
	type Kysely,
	type Selectable,
	type SqlBool
} from 'kysely';
import type { AuditLogTable, Database } from './schema.ts';

export type AuditLine = Selectable<AuditLogTable>;

/** Which lines: every condition given must hold; an absent one does not narrow. */
export interface AuditQuery {
	/** The actor, exactly. */
	actor?: string;
	/** The action begins with this (`user.` finds user.add, user.role …), case and all. */
	actionPrefix?: string;
	/** The line's region is one of these codes; `any` for any line that has a region. */
	regions?: readonly string[] | 'any';
	year?: number;
	/** `at` from this instant (ISO 8601, inclusive) and before that one (exclusive). */
	atFrom?: string;
	atBefore?: string;
	/** Lines older than this id: the keyset of the next page. */
	beforeId?: number;
}

function matching(query: AuditQuery) {
	return (eb: ExpressionBuilder<Database, 'audit_log'>) => {
		const all: Expression<SqlBool>[] = [];
		if (query.actor !== undefined) all.push(eb('actor', '=', query.actor));
		// substr, not LIKE: LIKE ignores case in SQLite only, and `_` and `%` in a prefix are wildcards.
		if (query.actionPrefix !== undefined)
			all.push(
				eb(sql<string>`substr(action, 1, ${[...query.actionPrefix].length})`, '=', query.actionPrefix)
			);
		if (query.regions === 'any') all.push(eb('region', 'is not', null));
		else if (query.regions !== undefined)
			// An empty list matches nothing (`in ()` is not SQL).
			all.push(query.regions.length ? eb('region', 'in', query.regions) : sql<SqlBool>`1 = 0`);
		if (query.year !== undefined) all.push(eb('year', '=', query.year));
		if (query.atFrom !== undefined) all.push(eb('at', '>=', query.atFrom));
		if (query.atBefore !== undefined) all.push(eb('at', '<', query.atBefore));
		if (query.beforeId !== undefined) all.push(eb('id', '<', query.beforeId));
		return eb.and(all);
	};
}

/**
 * Up to `limit` matching lines, newest first. With `beforeId` set to the last id of one call, the
 * next call goes on where it stopped: lines written meanwhile (always with larger ids) do not
 * shift the pages.
 */
export function auditLines(db: Kysely<Database>, query: AuditQuery, limit: number): Promise<AuditLine[]> {
	return db
		.selectFrom('audit_log')
		.selectAll()
		.where(matching(query))
		.orderBy('id', 'desc')
		.limit(limit)
		.execute();
}

/** How many lines match (`beforeId` aside). */
export async function countAuditLines(db: Kysely<Database>, query: AuditQuery): Promise<number> {
	const row = await db
		.selectFrom('audit_log')
		.select((eb) => eb.fn.countAll<number | string>().as('n'))
		.where(matching({ ...query, beforeId: undefined }))
		.executeTakeFirstOrThrow();
	return Number(row.n);
}
