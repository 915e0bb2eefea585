/**
 * What a failover or a restart does to the app's PostgreSQL connections, done to one database
 * only: its backends are terminated (`pg_terminate_backend`), never the shared server restarted.
 */
import pg from 'pg';
import { PG_ADMIN_URL } from './databases.ts';

export async function adminClient(url = PG_ADMIN_URL): Promise<pg.Client> {
	const client = new pg.Client({ connectionString: url });
	// Terminating backends can reach this client too if it sits in the same database.
	client.on('error', () => {});
	await client.connect();
	return client;
}

/** Terminates every connection to the database at `url` but the caller's own; returns how many. */
export async function terminateBackends(url: string, except?: pg.Client): Promise<number> {
	const admin = await adminClient();
	try {
		const name = new URL(url).pathname.slice(1);
		const exceptPid = except ? (await except.query('select pg_backend_pid() as pid')).rows[0].pid : 0;
		const { rows } = await admin.query(
			`select pg_terminate_backend(pid) as done from pg_stat_activity
			 where datname = $1 and pid <> pg_backend_pid() and pid <> $2`,
			[name, exceptPid]
		);
		return rows.filter((r) => r.done).length;
	} finally {
		await admin.end();
	}
}
