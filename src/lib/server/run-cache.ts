/**
 * Values derived from a score run (its roll-up, its dashboard view, its rank intervals), kept per
 * database and run. A run's scores never change once written, so a cached value is never stale:
 * new data or a new method means a new run. The key carries the run's source and time as well as
 * its id, because SQLite may hand a deleted run's id to the next one.
 */
import type { HimapDatabase } from './db/connect.ts';
import type { ScoreRun } from './db/schema.ts';

type RunRef = Pick<ScoreRun, 'id' | 'source_max_response_id' | 'source_review_seq' | 'computed_at'>;

export const runKey = (run: RunRef) =>
	`${run.id}:${run.source_max_response_id}:${run.source_review_seq}:${run.computed_at}`;

export class RunCache<V> {
	readonly #byDatabase = new WeakMap<HimapDatabase, Map<string, V>>();

	/** `limit` runs per database, least recently used dropped first: a million-respondent roll-up is large. */
	constructor(private readonly limit = 16) {}

	get(database: HimapDatabase, run: RunRef, suffix = ''): V | undefined {
		const entries = this.#byDatabase.get(database);
		const key = runKey(run) + suffix;
		const value = entries?.get(key);
		if (value !== undefined) {
			entries!.delete(key);
			entries!.set(key, value);
		}
		return value;
	}

	delete(database: HimapDatabase, run: RunRef, suffix = ''): void {
		this.#byDatabase.get(database)?.delete(runKey(run) + suffix);
	}

	set(database: HimapDatabase, run: RunRef, value: V, suffix = ''): void {
		let entries = this.#byDatabase.get(database);
		if (!entries) this.#byDatabase.set(database, (entries = new Map()));
		entries.set(runKey(run) + suffix, value);
		if (entries.size > this.limit) entries.delete(entries.keys().next().value!);
	}
}
