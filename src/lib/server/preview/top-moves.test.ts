import { describe, expect, it } from 'vitest';
import type { RespondentMove } from '../../views/submission-preview.ts';
import { TopMoves } from './top-moves.ts';

const move = (row: number, before: number | null, after: number): RespondentMove => ({
	row,
	respondentId: `R${row}`,
	name: `R${row}`,
	group: 'county',
	before: before === null ? null : { governance: 0, infrastructure: 0, application: 0, composite: before },
	after: { governance: 0, infrastructure: 0, application: 0, composite: after }
});

describe('TopMoves', () => {
	it('keeps the largest composite moves, either way, then the new respondents, and counts them all', () => {
		const top = new TopMoves(3);
		const moves = [
			move(2, 50, 51),
			move(3, null, 70),
			move(4, 60, 40),
			move(5, 50, 50),
			move(6, 30, 45),
			move(7, 10, 12)
		];
		for (const m of moves) top.add(m);
		const { listed, count } = top.result();
		expect(count).toBe(6);
		expect(listed.map((m) => m.row)).toEqual([4, 6, 7]);
	});

	it('holds at most twice its cap however many pass', () => {
		const top = new TopMoves(5);
		for (let i = 0; i < 1000; i++) top.add(move(i + 2, 50, 50 + (i % 37)));
		const { listed, count } = top.result();
		expect(count).toBe(1000);
		expect(listed.map((m) => m.after.composite! - 50)).toEqual([36, 36, 36, 36, 36]);
		expect((top as unknown as { list: unknown[] }).list.length).toBeLessThan(10);
	});
});
