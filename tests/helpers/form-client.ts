/**
 * A browser's requests, made with fetch against the built app: forms posted as a browser posts
 * them (this site's Origin, `accept: text/html`, so SvelteKit answers with the page rather than
 * JSON), pages read with a session cookie, and users made with the command line.
 */
import { Readable } from 'node:stream';
import { run } from '../../src/cli/main.ts';
import { openDatabase, type HimapDatabase } from '../../src/lib/server/db/connect.ts';
import { startApp, type AppServer } from './app-server.ts';
import { freshDatabase, type Dialect, type TestDatabase } from './databases.ts';

export const PASSWORD = 'correct horse battery staple';

export interface FormClient {
	post(path: string, fields: Record<string, string>, options?: RequestOptions): Promise<Response>;
	get(path: string, options?: RequestOptions): Promise<Response>;
	/** Signs in and returns the cookie to send back (`himap_session=…`); fails unless it works. */
	signIn(login: string, password?: string): Promise<string>;
}

export interface RequestOptions {
	cookie?: string;
	language?: 'en' | 'zh-CN';
	headers?: Record<string, string>;
	method?: string;
}

export function formClient(base: string): FormClient {
	const headersOf = (o: RequestOptions) => ({
		'accept-language': o.language ?? 'en',
		...(o.cookie ? { cookie: o.cookie } : {}),
		...o.headers
	});
	const client: FormClient = {
		post: (path, fields, o = {}) =>
			fetch(`${base}${path}`, {
				method: o.method ?? 'POST',
				redirect: 'manual',
				headers: {
					origin: base,
					'content-type': 'application/x-www-form-urlencoded',
					accept: 'text/html',
					...headersOf(o)
				},
				body: new URLSearchParams(fields)
			}),
		get: (path, o = {}) =>
			fetch(`${base}${path}`, { method: o.method ?? 'GET', redirect: 'manual', headers: headersOf(o) }),
		async signIn(login, password = PASSWORD) {
			const r = await client.post('/login', { login, password });
			if (r.status !== 303) throw new Error(`${login} could not sign in: HTTP ${r.status}`);
			return r.headers.get('set-cookie')!.split(';')[0];
		}
	};
	return client;
}

/** `himap user add` on the database at `url`, the password on standard input; throws unless it exits 0. */
export async function addUserByCli(
	url: string,
	login: string,
	role: string,
	region?: string,
	password = PASSWORD
): Promise<void> {
	const said: string[] = [];
	const argv = ['user', 'add', login, '--role', role, '--password-stdin', '--db', url];
	if (region) argv.push('--region', region);
	const code = await run(argv, {
		out: (t) => void said.push(t),
		err: (t) => void said.push(t),
		stdin: Readable.from([Buffer.from(`${password}\n`)])
	});
	if (code !== 0) throw new Error(`himap user add ${login}: ${said.join('')}`);
}

/** The secret a page shows once (components/SecretOnce.svelte), or null. */
export const shownSecret = (html: string): string | null =>
	/<code data-secret[^>]*>([^<]*)<\/code>/.exec(html)?.[1] ?? null;

/** The text of a page's alert (a refused form), tags removed, or ''. */
export const alertText = (html: string): string =>
	(/role="alert"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '')
		.replace(/<[^>]*>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

/** The built app over a fresh database of the dialect holding these users, and a client for it. */
export interface AppWithUsers {
	db: TestDatabase;
	app: AppServer;
	/** The same database, opened by the test to look behind the app. */
	database: HimapDatabase;
	web: FormClient;
	stop(): Promise<void>;
}

export async function appWithUsers(
	dialect: Dialect,
	users: [login: string, role: string, region?: string][]
): Promise<AppWithUsers> {
	const db = await freshDatabase(dialect);
	for (const [login, role, region] of users) await addUserByCli(db.url, login, role, region);
	const app = await startApp(db);
	const database = openDatabase(db.url);
	return {
		db,
		app,
		database,
		web: formClient(app.base),
		async stop() {
			await database.close();
			await app.stop();
			await db.drop();
		}
	};
}
