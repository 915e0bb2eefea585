/**
 * Tells UTF-8 from GB18030 (what Excel in a Chinese locale saves) by looking at the bytes.
 * Charset detectors guess badly on short Chinese CSVs; the structure of UTF-8 does not lie: GB18030
 * Chinese text almost never forms valid 3-byte UTF-8 sequences, which is what UTF-8 Chinese is made
 * of, so the file is UTF-8 when those outnumber invalid bytes (one more rule below). A UTF-8 file with a few foreign bytes stays UTF-8, and the bad
 * cells are reported by row and column instead of the whole file turning to mojibake.
 */

export type SniffResult =
	| { kind: 'decided'; encoding: 'utf-8' | 'gb18030'; bom: boolean }
	| { kind: 'undecided' }
	| { kind: 'rejected'; message: string; code: 'utf16-file' | 'binary-file' };

/** How many non-ASCII sequences settle the question. */
const ENOUGH = 64;

/** Length of the valid UTF-8 sequence starting at `i`, or 0 if none (or it runs past the end). */
function utf8SequenceLength(b: Uint8Array, i: number): number {
	const lead = b[i];
	const need = lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 && lead <= 0xdf ? 2 : 0;
	if (need === 0 || (lead >= 0xf0 && lead > 0xf4) || i + need > b.length) return 0;
	for (let k = 1; k < need; k++) if ((b[i + k] & 0xc0) !== 0x80) return 0;
	return need;
}

/**
 * Sniffs the start of a file. `final` says the sample is the whole file; otherwise an answer of
 * `undecided` asks for more bytes.
 */
export function sniffEncoding(sample: Uint8Array, final: boolean): SniffResult {
	if (
		sample.length >= 2 &&
		((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff))
	) {
		return {
			kind: 'rejected',
			message: 'the file is saved as UTF-16 ("Unicode text"); save it as "CSV UTF-8" or as CSV in GB18030',
			code: 'utf16-file'
		};
	}
	const bom = sample.length >= 3 && sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf;
	if (bom) return { kind: 'decided', encoding: 'utf-8', bom };
	let valid = 0;
	let invalid = 0;
	let wide = 0; // valid 3- and 4-byte sequences: CJK text in UTF-8
	let cyrillicOrBeyond = 0; // valid 2-byte sequences at U+0400 and up
	// Stop short of the end unless final: a sequence may continue in the next chunk.
	const end = final ? sample.length : sample.length - 3;
	for (let i = 0; i < end; i++) {
		const byte = sample[i];
		if (byte === 0) {
			return {
				kind: 'rejected',
				message: 'the file holds binary data (NUL bytes), not CSV text; export it from Excel as CSV',
				code: 'binary-file'
			};
		}
		if (byte < 0x80) continue;
		const n = utf8SequenceLength(sample, i);
		if (n) {
			valid++;
			if (n > 2) wide++;
			else if (byte >= 0xd0) cyrillicOrBeyond++;
			i += n - 1;
		} else invalid++;
		if (valid + invalid >= ENOUGH) break;
	}
	if (valid + invalid < ENOUGH && !final) return { kind: 'undecided' };
	// A few GB18030 characters happen to be valid 2-byte UTF-8 (医院 reads as Cyrillic ҽԺ); a
	// Chinese survey file with Cyrillic or Arabic and no CJK at all is GB18030.
	if (invalid === 0 && wide === 0 && cyrillicOrBeyond > 0)
		return { kind: 'decided', encoding: 'gb18030', bom: false };
	// Mixed: UTF-8 Chinese is made of 3-byte sequences, which GB18030 bytes rarely form by chance.
	return { kind: 'decided', encoding: invalid === 0 || wide > invalid ? 'utf-8' : 'gb18030', bom: false };
}
