import { describe, expect, it } from 'vitest';
import { RecordGuard } from './record-guard.ts';

/** Feeds text in pieces of `size` characters, as the decoder passes it on. */
function scan(text: string, size = 7, maxField = 10, maxRecord = 40) {
	const guard = new RecordGuard(maxField, maxRecord);
	for (let i = 0; i < text.length; i += size) {
		const v = guard.check(text.slice(i, i + size));
		if (v) {
			const { recordStart: _start, ...rest } = v;
			return rest;
		}
	}
	return null;
}

describe('RecordGuard', () => {
	it.each([
		['short values, LF', 'a,b,c\nd,e,f\n'],
		['CRLF and CR line ends', 'a,b\r\nc,d\r\n'],
		['CR only', 'a,b\rc,d\r'],
		['quoted commas, doubled quotes, line breaks', 'a,"x,""\nz"\nb,c\n'],
		['a value exactly at the limit', 'a,0123456789\n'],
		['a quote doubled across a piece boundary', '"ab""cd"\n']
	])('lets %s through', (_, text) => {
		for (const size of [1, 2, 3, 7, 100]) expect(scan(text, size)).toBeNull();
	});

	it('names the row and column of a value over the limit, counting records not lines', () => {
		expect(scan('id,name\n1,"tw\no"\n2,01234567890\n')).toEqual({ kind: 'field', row: 3, column: 2 });
	});

	it('reports an unclosed quote where it opened once the value outgrows the limit', () => {
		expect(scan('a,b\n1,2\n3,"never closed, and then more text follows')).toEqual({
			kind: 'unclosed',
			row: 3,
			column: 2
		});
	});

	it('counts rows in CRLF files once per record, and in CR-only files at each CR', () => {
		expect(scan('a,b\r\n\r\n1,01234567890\r\n')).toEqual({ kind: 'field', row: 3, column: 2 });
		expect(scan('a,b\r\r1,01234567890\r')).toEqual({ kind: 'field', row: 3, column: 2 });
	});

	it('stops a record of many short values at the record limit', () => {
		expect(scan('h\n' + 'a,'.repeat(30) + '\n')).toEqual({ kind: 'record', row: 2 });
	});

	it('says where the offending record starts in the text just checked', () => {
		const guard = new RecordGuard(10, 40);
		expect(guard.check('a,b\n1,2\n3,01234567890\n')).toMatchObject({ row: 3, recordStart: 8 });
		const split = new RecordGuard(10, 40);
		expect(split.check('a,b\n1,2\n3,0123')).toBeNull();
		expect(split.check('4567890\n')).toMatchObject({ row: 3, recordStart: -1 });
	});

	it('treats a line of quotes as one quoted value that never closes', () => {
		expect(scan('"'.repeat(25), 4)).toEqual({ kind: 'unclosed', row: 1, column: 1 });
	});
});

describe('RecordGuard on text cut anywhere', () => {
	/** Deterministic random CSV-ish text: short and long values, quotes now and then, all three line ends. */
	function text(seed: number): string {
		let x = seed;
		// xorshift32
		const next = (n: number) => {
			x ^= x << 13;
			x ^= x >>> 17;
			x ^= x << 5;
			return (x >>> 0) % n;
		};
		const eol = ['\n', '\r\n', '\r'][seed % 3];
		const lines: string[] = [];
		for (let r = 0; r < 40; r++) {
			const cells: string[] = [];
			for (let c = 0; c < 1 + next(6); c++) {
				const value = 'v'.repeat(next(150) === 0 ? 13 : next(11));
				// Quoted values stay short (a quote, a doubled quote, a line break); a bare one now and then is 13.
				cells.push(next(8) === 0 ? `"${value.slice(0, 2)}""${value.slice(2, 4)}${eol}x"` : value);
			}
			lines.push(cells.join(','));
		}
		return lines.join(eol) + eol;
	}

	const seeds = Array.from({ length: 30 }, (_, i) => i + 1);
	it('makes texts that break each limit, and some that break none', () => {
		const kinds = new Set(seeds.map((seed) => scan(text(seed), 1e6, 12, 45)?.kind ?? 'none'));
		expect([...kinds].sort()).toEqual(['field', 'none', 'record']);
	});

	it.each(seeds)('finds the same first violation however text %i is cut', (seed) => {
		const t = text(seed);
		const whole = scan(t, t.length, 12, 45);
		for (const size of [1, 2, 5, 13, 64]) expect(scan(t, size, 12, 45), `pieces of ${size}`).toEqual(whole);
	});
});
