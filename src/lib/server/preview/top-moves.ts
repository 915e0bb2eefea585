/**
 * The respondents whose composite moves most, kept to a cap while any number stream past: the
 * list is cut back to the cap whenever it doubles, so it never holds more than twice the cap.
 */
import type { Capped, RespondentMove } from '../../views/submission-preview.ts';

/** How far the composite moves; respondents new to the round (or unscored before or after) come after every move. */
export const moveSize = (m: RespondentMove): number =>
	m.before?.composite != null && m.after.composite != null
		? Math.abs(m.after.composite - m.before.composite)
		: -1;

const order = (a: RespondentMove, b: RespondentMove) => moveSize(b) - moveSize(a) || a.row - b.row;

export class TopMoves {
	private list: RespondentMove[] = [];
	private count = 0;

	constructor(private readonly cap: number) {}

	add(move: RespondentMove): void {
		this.count++;
		this.list.push(move);
		if (this.list.length >= 2 * this.cap) this.list = this.list.sort(order).slice(0, this.cap);
	}

	result(): Capped<RespondentMove> {
		return { listed: this.list.sort(order).slice(0, this.cap), count: this.count };
	}
}
