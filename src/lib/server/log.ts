/**
 * The server's log: one JSON object per line on standard error, at the level `HIMAP_LOG_LEVEL`
 * names (default `info`; `silent` logs nothing). docs/operations.md lists the fields.
 *
 * Standard error, not standard output: it is where the server's lines have always gone, and
 * `himap serve` keeps standard output for its one line saying where it listens. Writes are
 * synchronous: a line logged just before `process.exit` is not lost, and the server logs a few
 * lines per request, not thousands.
 *
 * The command line does not log through this: what it prints is its interface (src/cli/io.ts).
 */
import pino, { type DestinationStream, type Level, type LevelWithSilent, type Logger } from 'pino';

const LEVELS: readonly LevelWithSilent[] = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];

/** The level a setting names, or null when it names none. */
export function parseLevel(value: string | undefined): LevelWithSilent | null {
	const level = (value ?? '').trim().toLowerCase();
	return (LEVELS as readonly string[]).includes(level) ? (level as LevelWithSilent) : null;
}

export function createLogger(level: LevelWithSilent, destination: DestinationStream): Logger {
	return pino(
		{
			level,
			base: { name: 'himap', pid: process.pid },
			timestamp: pino.stdTimeFunctions.isoTime,
			// Words, not pino's numbers: a person reading the file or a query in a log store needs no table.
			formatters: { level: (label) => ({ level: label }) }
		},
		destination
	);
}

export const log: Logger = createLogger(
	parseLevel(process.env.HIMAP_LOG_LEVEL) ?? 'info',
	pino.destination({ fd: 2, sync: true })
);

/**
 * What is wrong with `HIMAP_LOG_LEVEL`, if anything. The server says it at start; not this module
 * when it loads, since the command line loads it too and its standard error is its interface.
 */
export function levelSettingProblem(setting = process.env.HIMAP_LOG_LEVEL): string | null {
	if (!setting || parseLevel(setting)) return null;
	return `HIMAP_LOG_LEVEL="${setting.slice(0, 32)}" is not one of ${LEVELS.join(', ')}; logging at info`;
}

/** What a request came to, as `handle` in src/hooks.server.ts saw it. */
export interface RequestFacts {
	method: string;
	/** SvelteKit's route id (`/province/[code]`); null when no route matched. */
	route: string | null;
	url: URL;
	status: number;
	/** Milliseconds until the response's headers were ready (an export's rows stream after). */
	ms: number;
	/** Whether a page came from the page cache; undefined when the cache was not asked. */
	cache?: 'hit' | 'miss';
	/** The id `handleError` gave the error of this request. */
	errorId?: string;
}

/** Longest path and query kept in a request line: a URL of junk must not make a line of junk. */
export const MAX_PATH = 200;
export const MAX_QUERY = 200;

const cap = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/**
 * The level and fields of a request's log line. A health check that passes is `debug` (a load
 * balancer asks every few seconds); a 5xx is `warn`, so that `warn` and above shows every
 * request that failed beside the error it failed with.
 */
export function requestLine(facts: RequestFacts): { level: Level; fields: Record<string, unknown> } {
	const query = facts.url.search.slice(1);
	const fields: Record<string, unknown> = {
		method: cap(facts.method, 16),
		route: facts.route,
		path: cap(facts.url.pathname, MAX_PATH),
		...(query ? { query: cap(query, MAX_QUERY) } : {}),
		status: facts.status,
		ms: Math.round(facts.ms * 10) / 10,
		...(facts.cache ? { cache: facts.cache } : {}),
		...(facts.errorId ? { errorId: facts.errorId } : {})
	};
	const level: Level = facts.status >= 500 ? 'warn' : facts.route === '/api/v1/health' ? 'debug' : 'info';
	return { level, fields };
}
