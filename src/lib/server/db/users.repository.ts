/** Users (schema.ts `UserTable`): found by login, added with the audit line that records it. */
import type { Kysely, Transaction } from 'kysely';
import type { Database, User } from './schema.ts';

type Reader = Kysely<Database> | Transaction<Database>;

export function findUser(db: Reader, login: string): Promise<User | undefined> {
	return db.selectFrom('users').selectAll().where('login', '=', login).executeTakeFirst();
}

export function listUsers(db: Reader): Promise<Omit<User, 'password_hash'>[]> {
	return db
		.selectFrom('users')
		.select(['id', 'login', 'role', 'region_code', 'disabled', 'created_at', 'password_changed_at'])
		.orderBy('login')
		.execute();
}

export async function insertUser(
	trx: Transaction<Database>,
	user: { login: string; role: string; region_code: string | null; password_hash: string; at: string }
): Promise<number> {
	const { id } = await trx
		.insertInto('users')
		.values({
			login: user.login,
			role: user.role,
			region_code: user.region_code,
			password_hash: user.password_hash,
			disabled: 0,
			created_at: user.at,
			password_changed_at: user.at
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return id;
}

/** Ends every session of a user: at disable and at a password change. */
export async function endSessions(trx: Transaction<Database>, userId: number): Promise<void> {
	await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
}
