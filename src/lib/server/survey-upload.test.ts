import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { FileRejected } from './survey-file.ts';
import { fileKind, readSurveyUpload } from './survey-upload.ts';
import { dataSheetName } from './xlsx-file.ts';

describe('fileKind', () => {
	it.each([
		['a zip (XLSX)', [0x50, 0x4b, 0x03, 0x04, 0x14], 'xlsx'],
		['an OLE container (encrypted workbook, .xls)', [0xd0, 0xcf, 0x11, 0xe0, 0xa1], 'ole'],
		['CSV text', [...Buffer.from('year,respondent_id')], 'csv'],
		['a UTF-8 BOM', [0xef, 0xbb, 0xbf, 0x79], 'csv'],
		['too short to tell', [0x50, 0x4b], 'csv']
	])('%s', (_name, bytes, kind) => expect(fileKind(Uint8Array.from(bytes))).toBe(kind));
});

describe('dataSheetName', () => {
	it.each([
		['the first sheet', [{ name: '数据' }, { name: '说明／guide' }], '数据'],
		['past a guide sheet moved to the front', [{ name: '说明／guide' }, { name: 'data' }], 'data'],
		['past a hidden sheet', [{ name: 'old', state: 'hidden' }, { name: 'Sheet2' }], 'Sheet2'],
		['a guide sheet alone', [{ name: '说明／guide' }], '说明／guide'],
		['no sheet', [], null]
	])('%s', (_name, sheets, name) => expect(dataSheetName(sheets)).toBe(name));
});

describe('readSurveyUpload', () => {
	it('reads a CSV split in tiny chunks as text', async () => {
		const reader = readSurveyUpload(Readable.from([Buffer.from('a'), Buffer.from('b,c\n1,2\n')]));
		const records: string[][] = [];
		for await (const batch of reader.batches) records.push(...batch.records);
		expect(records.filter((r) => r.some(Boolean))).toEqual([
			['ab', 'c'],
			['1', '2']
		]);
		expect(reader.encoding()).toBe('utf-8');
	});
	it('refuses an encrypted workbook by its first bytes', async () => {
		const reader = readSurveyUpload(Readable.from([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0])]));
		await expect(reader.batches.next()).rejects.toBeInstanceOf(FileRejected);
	});
	it('reads an empty file as an empty CSV', async () => {
		const reader = readSurveyUpload(Readable.from([]));
		const batches = [];
		for await (const batch of reader.batches) batches.push(batch);
		expect(batches.flatMap((b) => b.records).filter((r) => r.some(Boolean))).toEqual([]);
	});
});
