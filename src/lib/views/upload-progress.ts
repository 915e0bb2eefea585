/**
 * Reading the lines the upload endpoint streams (server/http/staged-upload.ts) as they arrive:
 * the response text so far, of which only whole lines count — the last may still be coming.
 */
export type ProgressLine =
	{ phase: 'validating'; rows: number } | { done: true; id: string } | { error: string; status?: number };

export interface LineReader {
	/** The lines completed by the text received so far (the whole response text, growing). */
	read(text: string): ProgressLine[];
}

export function lineReader(): LineReader {
	let consumed = 0;
	return {
		read(text) {
			const end = text.lastIndexOf('\n') + 1;
			if (end <= consumed) return [];
			const lines = text
				.slice(consumed, end)
				.split('\n')
				.filter((l) => l.trim() !== '');
			consumed = end;
			const out: ProgressLine[] = [];
			for (const line of lines) {
				try {
					out.push(JSON.parse(line) as ProgressLine);
				} catch {
					// Not ours (a proxy's error page): the status tells what happened.
				}
			}
			return out;
		}
	};
}

/** An upload's share sent, as a whole percentage. */
export const percentOf = (loaded: number, total: number) =>
	total > 0 ? Math.min(100, Math.floor((loaded / total) * 100)) : 0;
