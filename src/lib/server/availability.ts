/**
 * Whether the server can reach its database right now. A connection lost mid-request fails that
 * request only: the pool opens a new one for the next. But when a request cannot connect at all
 * (refused, timed out), the database is marked down: later requests are answered 503 at once
 * (with Retry-After) instead of each waiting on a server that is not there, while a probe tries to
 * reconnect with back-off — 0.5 s, doubling to 30 s. The first probe that succeeds brings the
 * server back; nothing needs restarting.
 */
import type { DatabaseFailure } from './db/failure.ts';
import { log } from './log.ts';

const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 30_000;

export type AvailabilityState =
	{ up: true } | { up: false; reason: string; since: string; retryAfterSeconds: number };

export class Availability {
	#down: { reason: string; since: Date; delay: number; retryAt: number; timer: NodeJS.Timeout } | null = null;

	/** `probe` resolves when the database answers a query. */
	constructor(private readonly probe: () => Promise<void>) {}

	/** A failure seen by a request: one that could not connect marks the database down; others change nothing. */
	noteFailure(failure: DatabaseFailure): void {
		if (failure.kind === 'unreachable') this.markDown(failure);
	}

	/**
	 * Down until the probe succeeds: a request that could not connect, or a start that could not
	 * migrate (a server still starting up answers 57P03; the probe migrates once it can).
	 */
	markDown(failure: DatabaseFailure): void {
		if (this.#down) return;
		log.error(
			{ component: 'availability', failure: failure.kind },
			`database unavailable: ${failure.message}; retrying with back-off`
		);
		this.#schedule(failure.summary, new Date(), FIRST_DELAY_MS);
	}

	/** Probes now rather than at the next back-off step (a health check asks); true when up. */
	async retryNow(): Promise<boolean> {
		if (!this.#down) return true;
		try {
			await this.probe();
			this.#up();
			return true;
		} catch {
			return false;
		}
	}

	#up(): void {
		if (!this.#down) return;
		clearTimeout(this.#down.timer);
		const seconds = ((Date.now() - this.#down.since.getTime()) / 1000).toFixed(1);
		log.info(
			{ component: 'availability', downSeconds: Number(seconds) },
			`database available again after ${seconds} s`
		);
		this.#down = null;
	}

	get state(): AvailabilityState {
		if (!this.#down) return { up: true };
		return {
			up: false,
			reason: this.#down.reason,
			since: this.#down.since.toISOString(),
			retryAfterSeconds: Math.max(1, Math.ceil((this.#down.retryAt - Date.now()) / 1000))
		};
	}

	stop(): void {
		if (this.#down) clearTimeout(this.#down.timer);
	}

	#schedule(reason: string, since: Date, delay: number): void {
		const timer = setTimeout(() => {
			this.probe().then(
				() => this.#up(),
				() => this.#schedule(reason, since, Math.min(delay * 2, MAX_DELAY_MS))
			);
		}, delay);
		timer.unref();
		this.#down = { reason, since, delay, retryAt: Date.now() + delay, timer };
	}
}
