/**
 * The runner's queue: one job at a time, duplicates folded, the default method first, failures
 * retried later rather than at once. `launch` is a test double that records what it was asked to
 * run; the database is not touched (reconcile is tested against real databases in
 * tests/integration/background-scoring.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_METHOD, methodKey, type Method } from '../scoring/method.ts';
import type { HimapDatabase } from './db/connect.ts';
import { DEFAULT_FRAMEWORK_REF, MAX_ON_DEMAND, ScoringRunner } from './scoring-runner.ts';

const MINMAX: Method = { ...DEFAULT_METHOD, normalise: 'minmax' };

function harness(fail: (year: number) => boolean = () => false) {
	const started: string[] = [];
	const pending: (() => void)[] = [];
	const runner = new ScoringRunner({} as HimapDatabase, (year, method, _signal, framework) => {
		started.push(`${year} ${methodKey(method)}${framework === DEFAULT_FRAMEWORK_REF ? '' : ` ${framework}`}`);
		return new Promise<void>((resolve, reject) =>
			pending.push(() => (fail(year) ? reject(new Error(`disk full in ${year}`)) : resolve()))
		);
	});
	const finish = async () => {
		pending.shift()!();
		await new Promise((r) => setImmediate(r));
	};
	return { runner, started, finish };
}

describe('ScoringRunner', () => {
	it('runs one job at a time and folds a job asked for twice into one', async () => {
		const { runner, started, finish } = harness();
		runner.request(2023);
		runner.request(2024);
		runner.request(2024);
		expect(started).toEqual([`2023 ${methodKey(DEFAULT_METHOD)}`]);
		expect(runner.job(2024)?.state).toBe('queued');
		await finish();
		expect(started).toHaveLength(2);
		await finish();
		expect(runner.idle).toBe(true);
		expect(runner.jobs()).toEqual([]);
	});

	it('takes the default method before others waiting', async () => {
		const { runner, started, finish } = harness();
		runner.request(2022);
		runner.request(2024, MINMAX);
		runner.request(2024);
		await finish();
		expect(started[1]).toBe(`2024 ${methodKey(DEFAULT_METHOD)}`);
		await finish();
		expect(started[2]).toBe(`2024 ${methodKey(MINMAX)}`);
	});

	it("keeps a stored framework's job apart from the default's, after it, and names the framework to the launch", async () => {
		const { runner, started, finish } = harness();
		runner.request(2022);
		runner.request(2024, DEFAULT_METHOD, 'mine@1.0.0');
		runner.request(2024);
		expect(runner.job(2024, DEFAULT_METHOD, 'mine@1.0.0')?.state).toBe('queued');
		await finish();
		await finish();
		expect(started).toEqual([
			`2022 ${methodKey(DEFAULT_METHOD)}`,
			`2024 ${methodKey(DEFAULT_METHOD)}`,
			`2024 ${methodKey(DEFAULT_METHOD)} mine@1.0.0`
		]);
	});

	it('keeps a failed job with its error, and does not run it again at once', async () => {
		const { runner, started, finish } = harness((y) => y === 2024);
		const epoch = runner.epoch;
		runner.request(2024);
		await finish();
		expect(runner.job(2024)).toMatchObject({ state: 'failed', error: 'disk full in 2024', attempts: 1 });
		expect(runner.epoch).toBeGreaterThan(epoch);
		runner.request(2024);
		expect(started).toHaveLength(1);
	});

	it('prepares a method asked for by many readers as one job, and says how far along it is', async () => {
		const { runner, started, finish } = harness();
		runner.request(2024);
		const asked = [1, 2, 3].map(() => runner.prepare(2024, MINMAX));
		expect(asked.map((p) => [p.state, p.ahead])).toEqual([
			['queued', 1],
			['queued', 1],
			['queued', 1]
		]);
		await finish();
		expect(runner.prepare(2024, MINMAX).state).toBe('running');
		expect(started).toEqual([`2024 ${methodKey(DEFAULT_METHOD)}`, `2024 ${methodKey(MINMAX)}`]);
		await finish();
		expect(runner.idle).toBe(true);
	});

	it(`takes at most ${MAX_ON_DEMAND} methods on demand at once, then says it is busy`, async () => {
		const { runner, finish } = harness();
		const methods: Method[] = [
			{ ...DEFAULT_METHOD, normalise: 'minmax' },
			{ ...DEFAULT_METHOD, normalise: 'zscore' },
			{ ...DEFAULT_METHOD, normalise: 'rank' },
			{ ...DEFAULT_METHOD, weights: 'entropy' },
			{ ...DEFAULT_METHOD, weights: 'critic' }
		];
		const states = methods.map((m) => runner.prepare(2024, m).state);
		expect(states).toEqual(['running', 'queued', 'queued', 'queued', 'busy']);
		expect(runner.jobs()).toHaveLength(MAX_ON_DEMAND);
		// One already asked for is still answered; the default method is never refused.
		expect(runner.prepare(2024, methods[1]).state).toBe('queued');
		runner.request(2023);
		expect(runner.job(2023)?.state).toBe('queued');
		await finish();
		expect(runner.prepare(2024, methods[4]).state).toBe('queued');
	});
});
