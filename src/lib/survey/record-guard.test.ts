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
