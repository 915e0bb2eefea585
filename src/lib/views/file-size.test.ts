import { describe, expect, it } from 'vitest';
import { fileSize } from './file-size.ts';

describe('fileSize', () => {
	it.each([
		[0, '0 B'],
		[1023, '1,023 B'],
		[1536, '1.5 KB'],
		[5 * 1024 * 1024, '5 MB'],
		[1.25 * 1024 * 1024, '1.3 MB']
	])('%d bytes → %s', (bytes, text) => expect(fileSize(bytes, 'en')).toBe(text));
});
