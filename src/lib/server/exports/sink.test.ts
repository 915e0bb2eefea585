import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ExportSink, ReaderGone } from './sink.ts';

/** A reader that takes the bytes but never acknowledges them, as a stalled client does. */
const stalled = () => new Writable({ write: () => {} });

describe('ExportSink', () => {
	it('ends with ReaderGone when the reader leaves after the last write, rather than waiting forever', async () => {
		const out = stalled();
		const sink = new ExportSink(out);
		await sink.text('year,province_code\r\n');
		const ending = sink.end();
		out.destroy();
		await expect(ending).rejects.toThrow(ReaderGone);
	});

	it('reports a stream that failed between writes (a file that could not be created) on the next write', async () => {
		const out = stalled();
		const sink = new ExportSink(out);
		out.destroy(Object.assign(new Error('ENOENT: no such file or directory'), { code: 'ENOENT' }));
		await new Promise((r) => setImmediate(r));
		await expect(sink.bytes(new Uint8Array([1]))).rejects.toThrow(/ENOENT/);
	});
});
