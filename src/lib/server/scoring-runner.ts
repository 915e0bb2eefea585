/**
 * The server's background scoring: keeps every stored run current without a reader ever waiting.
 * It notices new responses — imported by anyone, through any process — by watching the data
 * version, and rounds that were never scored when the server starts, then queues one job per
 * (round, method) that is not current. Jobs are de-duplicated and run one at a time, each in a
 * child process (`himap score`, the same command an operator runs), so scoring a million
 * respondents takes neither the server's event loop nor its memory. Pages meanwhile show the
 * last complete run, marked as being updated (index-service.ts).
 *
 * A failed job is retried with back-off; its error is kept for the health check and the pages.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_METHOD, methodKey, type Method } from '../scoring/method.ts';
import { frameworkRef } from './framework-service.ts';
import { DEFAULT_FRAMEWORK } from './framework-store.ts';
import type { HimapDatabase } from './db/connect.ts';
import { oneLine } from './db/failure.ts';
import { log } from './log.ts';
import { dataVersion } from './page-cache.ts';
import { pendingRuns } from './refresh-service.ts';
import type { Preparation } from '../views/page-base.ts';

export type JobState = 'queued' | 'running' | 'failed';

export interface Job {
	year: number;
	method: Method;
	/** The framework, `id@version` (framework-service.ts `frameworkRef`). */
	framework: string;
	state: JobState;
	/** When it entered its state (ISO 8601). */
	since: string;
	attempts: number;
	/** The last failure, in one line. */
	error?: string;
	retryAt?: number;
}

/** Runs one job to the end; rejects with what went wrong. `signal` aborts it (the server is stopping). */
export type Launch = (year: number, method: Method, signal: AbortSignal, framework: string) => Promise<void>;

/** The built-in default framework's reference: what a job is under unless it says otherwise. */
export const DEFAULT_FRAMEWORK_REF = frameworkRef(DEFAULT_FRAMEWORK);

const WATCH_MS = 2_000;
/**
 * At most this many methods other than the default wait or run at once on readers' demand: many
 * readers asking for one method share its job, and a crawler walking every combination of the
 * method picker queues no more than this.
 */
export const MAX_ON_DEMAND = 4;
const FIRST_RETRY_MS = 15_000;
const MAX_RETRY_MS = 10 * 60_000;

const jobKey = (year: number, method: Method, framework: string) =>
	`${year}|${methodKey(method)}|${framework}`;
/** What the pages show unless asked otherwise: run before anything else. */
const isDefault = (j: Pick<Job, 'method' | 'framework'>) =>
	methodKey(j.method) === methodKey(DEFAULT_METHOD) && j.framework === DEFAULT_FRAMEWORK_REF;

export class ScoringRunner {
	readonly #jobs = new Map<string, Job>();
	#running = false;
	#version = '';
	#epoch = 0;
	#watch: NodeJS.Timeout | null = null;
	#reconciling: Promise<void> | null = null;
	readonly #stopping = new AbortController();

	constructor(
		private readonly database: HimapDatabase,
		private readonly launch: Launch
	) {}

	/** Changes whenever a job starts, ends or fails: part of the page cache's key. */
	get epoch(): number {
		return this.#epoch;
	}

	/** Queues a run to bring up to date, or to compute for the first time. */
	request(year: number, method: Method = DEFAULT_METHOD, framework = DEFAULT_FRAMEWORK_REF): void {
		const key = jobKey(year, method, framework);
		const job = this.#jobs.get(key);
		if (job && (job.state !== 'failed' || (job.retryAt ?? 0) > Date.now())) return;
		this.#jobs.set(key, {
			year,
			method,
			framework,
			state: 'queued',
			since: new Date().toISOString(),
			attempts: job?.attempts ?? 0
		});
		this.#epoch++;
		void this.#next();
	}

	/**
	 * A reader asked for a round under a method no run has yet: queue it (once, however many ask)
	 * unless MAX_ON_DEMAND others are already waiting, and say how far along it is.
	 */
	prepare(year: number, method: Method, framework = DEFAULT_FRAMEWORK_REF): Preparation {
		const key = jobKey(year, method, framework);
		if (!this.#jobs.has(key)) {
			const onDemand = [...this.#jobs.values()].filter((j) => !isDefault(j));
			if (onDemand.length >= MAX_ON_DEMAND) return { state: 'busy', since: null, ahead: 0 };
			this.request(year, method, framework);
		}
		const job = this.#jobs.get(key);
		// Done between the two lines above (a run that was stored at once): the next read shows it.
		if (!job) return { state: 'running', since: new Date().toISOString(), ahead: 0 };
		const queued = [...this.#jobs.values()].filter((j) => j.state === 'queued');
		return {
			state: job.state,
			since: job.since,
			ahead: job.state === 'queued' ? queued.indexOf(job) + (this.#running ? 1 : 0) : 0
		};
	}

	/** Queues every run that is not current. Overlapping calls share one pass. */
	reconcile(): Promise<void> {
		this.#reconciling ??= pendingRuns(this.database)
			.then((pending) => pending.forEach((p) => this.request(p.year, p.method, frameworkRef(p.framework))))
			.finally(() => (this.#reconciling = null));
		return this.#reconciling;
	}

	/**
	 * The data version a request just read (page-cache.ts): when it moved, something was imported
	 * or scored, and the queue is brought up to date at once rather than at the next tick.
	 */
	observe(version: string): void {
		if (version === this.#version) return;
		this.#version = version;
		this.reconcile().catch((e) => {
			// Looked at again on the next tick, rather than only when the data changes again.
			this.#version = '';
			log.error({ component: 'scoring' }, `cannot list the runs to score: ${oneLine((e as Error).message)}`);
		});
	}

	/** Reconciles now, then whenever the data version changes (an import by any process). */
	start(): void {
		const check = async () => this.observe(await dataVersion(this.database));
		const tick = () =>
			check().catch((e) =>
				log.error({ component: 'scoring' }, `cannot check for new data: ${oneLine((e as Error).message)}`)
			);
		void tick();
		this.#watch = setInterval(tick, WATCH_MS);
		this.#watch.unref();
	}

	/** Stops watching, and stops the job running (its transaction rolls back; the next start redoes it). */
	stop(): void {
		if (this.#watch) clearInterval(this.#watch);
		this.#stopping.abort();
	}

	/** The job of a round and method, if any is queued, running or failed. */
	job(year: number, method: Method = DEFAULT_METHOD, framework = DEFAULT_FRAMEWORK_REF): Job | undefined {
		return this.#jobs.get(jobKey(year, method, framework));
	}

	jobs(): Job[] {
		return [...this.#jobs.values()];
	}

	/** Whether nothing is queued or running (tests and benchmarks wait for it). */
	get idle(): boolean {
		return !this.#running && ![...this.#jobs.values()].some((j) => j.state === 'queued');
	}

	async #next(): Promise<void> {
		if (this.#running || this.#stopping.signal.aborted) return;
		// The default method first: it is what every page shows.
		const queued = [...this.#jobs.values()].filter((j) => j.state === 'queued');
		const job = queued.find(isDefault) ?? queued[0];
		if (!job) return;
		this.#running = true;
		this.#set(job, 'running');
		job.attempts++;
		try {
			await this.launch(job.year, job.method, this.#stopping.signal, job.framework);
			this.#jobs.delete(jobKey(job.year, job.method, job.framework));
			this.#epoch++;
		} catch (e) {
			// Stopped with the server: the next start does it again.
			if (this.#stopping.signal.aborted) return;
			const delay = Math.min(FIRST_RETRY_MS * 2 ** (job.attempts - 1), MAX_RETRY_MS);
			job.error = oneLine((e as Error).message);
			job.retryAt = Date.now() + delay;
			this.#set(job, 'failed');
			log.error(
				{
					component: 'scoring',
					year: job.year,
					method: methodKey(job.method),
					framework: job.framework,
					retryInSeconds: delay / 1000
				},
				`scoring ${job.year} failed: ${job.error}`
			);
			setTimeout(() => {
				// Timers may fire a moment early: the retry is due now, whatever the clock says.
				job.retryAt = 0;
				this.request(job.year, job.method, job.framework);
			}, delay).unref();
		} finally {
			this.#running = false;
		}
		void this.#next();
	}

	#set(job: Job, state: JobState): void {
		job.state = state;
		job.since = new Date().toISOString();
		this.#epoch++;
	}
}

/**
 * bin/himap.js of the checkout this code is in — the source (tsx) and the build (`build/server/…`)
 * both sit inside it — so a server started from any working directory finds it. A build copied
 * out of its checkout falls back to the working directory's.
 */
function himapBin(): string {
	for (let dir = dirname(fileURLToPath(import.meta.url)); dirname(dir) !== dir; dir = dirname(dir)) {
		const bin = join(dir, 'bin', 'himap.js');
		if (existsSync(bin)) return bin;
	}
	return resolve('bin/himap.js');
}

/**
 * Runs `himap score` for one round and method in a child process, against the server's own
 * database URL. Its output goes to the server's log, one line each.
 */
export function childProcessLaunch(databaseUrl: string): Launch {
	const bin = himapBin();
	return (year, method, signal, framework) =>
		new Promise<void>((done, fail) => {
			if (!existsSync(bin))
				return fail(new Error(`${bin} is missing: start the server from the HIMAP checkout`));
			const args = [
				bin,
				'score',
				'--year',
				String(year),
				'--normalise',
				method.normalise,
				'--weights',
				method.weights,
				'--aggregate',
				method.aggregate,
				// A stored framework by its id and version: the child reads it from the database.
				...(framework === DEFAULT_FRAMEWORK_REF ? [] : ['--framework-id', framework])
			];
			// The URL goes in the environment: a password on a command line is there for `ps` to see.
			// Aborting kills the child: a job still running when the server stops is stopped with it.
			const child = spawn(process.execPath, args, {
				stdio: ['ignore', 'pipe', 'pipe'],
				env: { ...process.env, DATABASE_URL: databaseUrl },
				signal
			});
			let last = '';
			const job = { component: 'scoring', year, method: methodKey(method), framework };
			const relay = (chunk: Buffer) => {
				for (const line of chunk.toString().split('\n').filter(Boolean)) {
					last = line;
					log.info(job, line);
				}
			};
			child.stdout.on('data', relay);
			child.stderr.on('data', relay);
			child.on('error', (e) => (e.name === 'AbortError' ? undefined : fail(e)));
			// 'close', not 'exit': the child's last lines may still be in its pipes at exit.
			child.on('close', (code, signal) =>
				code === 0 ? done() : fail(new Error(last || `himap score exited with ${signal ?? code}`))
			);
		});
}
