/**
 * How many exports the server streams at once (HIMAP_MAX_EXPORTS, default 4). Each holds a
 * database connection and a snapshot for as long as its download lasts; past the limit a request
 * is answered 503 with Retry-After rather than queued behind them.
 */
export class ExportSlots {
	#busy = 0;

	constructor(readonly max = Number(process.env.HIMAP_MAX_EXPORTS) || 4) {}

	/** A slot, or null when all are taken; release it exactly once. */
	take(): { release(): void } | null {
		if (this.#busy >= this.max) return null;
		this.#busy++;
		let released = false;
		return {
			release: () => {
				if (released) return;
				released = true;
				this.#busy--;
			}
		};
	}

	get busy(): number {
		return this.#busy;
	}
}
