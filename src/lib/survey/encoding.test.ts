import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { sniffEncoding } from './encoding.ts';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const gb = (s: string) => new Uint8Array(iconv.encode(s, 'gb18030'));
const header = '年度,机构代码,机构名称,行政区划代码,医院等级\r\n2024,H1,广州市第一人民医院,440106,三级\r\n';

describe('sniffEncoding', () => {
	it.each([
		['UTF-8 Chinese', utf8(header), 'utf-8'],
		['GB18030 Chinese', gb(header), 'gb18030'],
		['GB18030, one short name', gb('year,name\r\n2024,医院\r\n'), 'gb18030'],
		['plain ASCII', utf8('year,name\r\n2024,H\r\n'), 'utf-8'],
		[
			'UTF-8 with one GB18030 row',
			new Uint8Array([...utf8(header.repeat(5)), ...gb('2024,H9,坏行,440106,三级\r\n')]),
			'utf-8'
		]
	])('%s → %s', (_name, bytes, encoding) => {
		expect(sniffEncoding(bytes, true)).toMatchObject({ kind: 'decided', encoding });
	});
	it('takes a UTF-8 BOM as UTF-8', () => {
		expect(sniffEncoding(new Uint8Array([0xef, 0xbb, 0xbf, ...gb(header)]), true)).toEqual({
			kind: 'decided',
			encoding: 'utf-8',
			bom: true
		});
	});
	it('asks for more bytes while a short sample is undecided', () => {
		expect(sniffEncoding(utf8('year,name\r\n'), false)).toEqual({ kind: 'undecided' });
	});
	it.each([
		['UTF-16 LE', new Uint8Array([0xff, 0xfe, 0x79, 0x00]), /UTF-16/],
		['UTF-16 BE', new Uint8Array([0xfe, 0xff, 0x00, 0x79]), /UTF-16/],
		['binary with NUL bytes', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), /binary/]
	])('rejects %s', (_name, bytes, message) => {
		const result = sniffEncoding(bytes, true);
		expect(result.kind).toBe('rejected');
		expect(result.kind === 'rejected' && result.message).toMatch(message);
	});
});

describe('sniffEncoding on short GB18030 that happens to be valid UTF-8', () => {
	it.each(['医院', '医院,卫生院', '口腔医院'])('%s → gb18030 unless it has real CJK UTF-8', (text) => {
		const bytes = gb(`name\r\n${text}\r\n`);
		expect(sniffEncoding(bytes, true)).toMatchObject({ encoding: 'gb18030' });
	});
	it('keeps UTF-8 with Latin accents as UTF-8', () => {
		expect(sniffEncoding(utf8('name\r\nCafé Hôpital\r\n'), true)).toMatchObject({ encoding: 'utf-8' });
	});
});
