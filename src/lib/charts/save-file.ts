/** Hands the reader a file made in the browser (a chart's image, a table's CSV) as a download. */
export function saveBlob(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	// The download has taken the blob by the time the click returns; the URL is not needed after.
	setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A CSV text as a download: UTF-8, as its BOM says. */
export const saveCsv = (csv: string, name: string): void =>
	saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), name);

/** When a file was made, for its source line: "2026-05-04 09:30 UTC". */
export const generatedAt = (now = new Date()): string =>
	now.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
