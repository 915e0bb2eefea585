/**
 * A fingerprint of everything a database holds: every user table (the app's and Kysely's
 * migration tables alike), every row, ordered by all columns, hashed with SHA-256. It talks to the
 * raw drivers on purpose, independent of the app's code, so "the database is unchanged" is checked
 * by something the import path cannot influence.
 */
import { createHash } from 'node:crypto';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';

type Row = unknown[];

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A stable text form of one cell: typed, so 1 and '1' differ, and buffers and dates are spelled out. */
function cellText(value: unknown): string {
	if (value === null || value === undefined) return 'N';
	if (Buffer.isBuffer(value)) return `B${value.toString('hex')}`;
	if (value instanceof Date) return `D${value.toISOString()}`;
	if (typeof value === 'bigint') return `I${value}`;
	if (typeof value === 'number') return `F${value}`;
	if (typeof value === 'object') return `J${JSON.stringify(value)}`;
	return `S${JSON.stringify(String(value))}`;
}

async function sqliteTables(path: string): Promise<Map<string, Row[]>> {
	const db = new SqliteDatabase(path, { fileMustExist: true });
	try {
		const tables = db
			.prepare(`select name from sqlite_master where type = 'table' order by name`)
			.pluck()
			.all() as string[];
		const out = new Map<string, Row[]>();
		for (const table of tables) {
			const columns = db.prepare(`pragma table_info(${quoteIdent(table)})`).all() as { name: string }[];
			const order = columns.map((_, i) => String(i + 1)).join(', ');
			const rows = db
				.prepare(`select * from ${quoteIdent(table)}${order ? ` order by ${order}` : ''}`)
				.raw()
				.all() as Row[];
			out.set(table, rows);
		}
		return out;
	} finally {
		db.close();
	}
}

async function postgresTables(url: string): Promise<Map<string, Row[]>> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		const { rows: tables } = await client.query<{ table_name: string }>(
			`select table_name from information_schema.tables
			 where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`
		);
		const out = new Map<string, Row[]>();
		for (const { table_name: table } of tables) {
			const { rows: columns } = await client.query<{ column_name: string }>(
				`select column_name from information_schema.columns
				 where table_schema = 'public' and table_name = $1 order by ordinal_position`,
				[table]
			);
			const order = columns.map((_, i) => String(i + 1)).join(', ');
			const result = await client.query({
				text: `select * from public.${quoteIdent(table)}${order ? ` order by ${order}` : ''}`,
				rowMode: 'array'
			});
			out.set(table, result.rows as Row[]);
		}
		return out;
	} finally {
		await client.end();
	}
}

/** Reads every table of the database at `url` (`sqlite:<path>` or `postgres://…`). */
export async function dumpTables(url: string): Promise<Map<string, Row[]>> {
	if (url.startsWith('sqlite:')) return sqliteTables(url.slice('sqlite:'.length));
	if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return postgresTables(url);
	throw new Error(`tableChecksum: unsupported database URL ${url}`);
}

/** SHA-256 over every user table's name and rows. */
export async function tableChecksum(url: string): Promise<string> {
	const tables = await dumpTables(url);
	const hash = createHash('sha256');
	for (const [name, rows] of tables) {
		hash.update(`table ${JSON.stringify(name)} ${rows.length}\n`);
		for (const row of rows) hash.update(row.map(cellText).join('\t') + '\n');
	}
	return hash.digest('hex');
}

/** Runs one parameterless query with the raw driver and returns its rows as objects. */
export async function queryRows<T = Record<string, unknown>>(url: string, text: string): Promise<T[]> {
	if (url.startsWith('sqlite:')) {
		const db = new SqliteDatabase(url.slice('sqlite:'.length), { fileMustExist: true });
		try {
			return db.prepare(text).all() as T[];
		} finally {
			db.close();
		}
	}
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return (await client.query(text)).rows as T[];
	} finally {
		await client.end();
	}
}
