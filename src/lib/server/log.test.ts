import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
	createLogger,
	levelSettingProblem,
	MAX_PATH,
	MAX_QUERY,
	parseLevel,
	requestLine,
	type RequestFacts
} from './log.ts';

const facts = (over: Partial<RequestFacts> = {}): RequestFacts => ({
	method: 'GET',
	route: '/province/[code]',
	url: new URL('http://localhost/province/11?lang=en&year=2024'),
	status: 200,
	ms: 12.345,
	...over
});

describe('requestLine', () => {
	it('names the route and the path, the status, the time and the cache', () => {
		expect(requestLine(facts({ cache: 'hit' }))).toEqual({
			level: 'info',
			fields: {
				method: 'GET',
				route: '/province/[code]',
				path: '/province/11',
				query: 'lang=en&year=2024',
				status: 200,
				ms: 12.3,
				cache: 'hit'
			}
		});
	});

	it('leaves out what did not happen: no query, no cache asked, no error', () => {
		const { fields } = requestLine(facts({ url: new URL('http://localhost/province/11') }));
		expect(Object.keys(fields)).toEqual(['method', 'route', 'path', 'status', 'ms']);
	});

	it('carries the error id, at warn for a 5xx so that it shows beside the error', () => {
		const line = requestLine(facts({ status: 500, errorId: '0badc0de' }));
		expect(line.level).toBe('warn');
		expect(line.fields.errorId).toBe('0badc0de');
	});

	it('keeps a passing health check at debug, a failing one at warn', () => {
		const health = { route: '/api/v1/health', url: new URL('http://localhost/api/v1/health') };
		expect(requestLine(facts({ ...health, status: 200 })).level).toBe('debug');
		expect(requestLine(facts({ ...health, status: 503 })).level).toBe('warn');
	});

	it('cuts a long path and query, and says so', () => {
		const junk = 'x'.repeat(10_000);
		const { fields } = requestLine(
			facts({ route: null, status: 404, url: new URL(`http://localhost/${junk}?q=${junk}`) })
		);
		expect(fields.route).toBeNull();
		expect(fields.path).toBe(`/${'x'.repeat(MAX_PATH - 1)}…`);
		expect(fields.query).toBe(`q=${'x'.repeat(MAX_QUERY - 2)}…`);
	});
});

describe('the logger', () => {
	const capture = (level: Parameters<typeof createLogger>[0]) => {
		const lines: string[] = [];
		const out = new Writable({
			write(chunk, _encoding, done) {
				lines.push(...chunk.toString().split('\n').filter(Boolean));
				done();
			}
		});
		return { logger: createLogger(level, out), lines };
	};

	it('writes one JSON object a line: level in words, ISO time, the stack of an error', async () => {
		const { logger, lines } = capture('info');
		logger.debug('not at info');
		logger.error({ errorId: 'abcd1234', err: new Error('boom') }, 'boom');
		await new Promise((r) => setImmediate(r));
		expect(lines).toHaveLength(1);
		const line = JSON.parse(lines[0]);
		expect(line).toMatchObject({ level: 'error', name: 'himap', msg: 'boom', errorId: 'abcd1234' });
		expect(new Date(line.time).toISOString()).toBe(line.time);
		expect(line.err).toMatchObject({ type: 'Error', message: 'boom' });
		expect(line.err.stack).toMatch(/log\.test\.ts/);
	});

	it('writes nothing when silent', async () => {
		const { logger, lines } = capture('silent');
		logger.error('nobody hears this');
		await new Promise((r) => setImmediate(r));
		expect(lines).toEqual([]);
	});

	it('reads a level in any case, and refuses what is not one', () => {
		expect(parseLevel(' DEBUG ')).toBe('debug');
		expect(parseLevel('silent')).toBe('silent');
		expect(parseLevel('verbose')).toBeNull();
		expect(parseLevel(undefined)).toBeNull();
		expect(levelSettingProblem('debug')).toBeNull();
		expect(levelSettingProblem(undefined)).toBeNull();
		expect(levelSettingProblem('verbose')).toMatch(
			/^HIMAP_LOG_LEVEL="verbose" is not one of .*; logging at info$/
		);
	});
});
