/**
 * How often the upload page hears of a check's progress: every EVERY_ROWS rows or EVERY_MS
 * milliseconds, whichever comes first — often enough to move, seldom enough to cost nothing.
 */
export const EVERY_ROWS = 5000;
export const EVERY_MS = 250;

/** A progress callback that passes on only the counts worth a line. */
export function throttledProgress(
	emit: (rows: number) => void,
	clock: () => number = Date.now
): (rows: number) => void {
	let lastRows = 0;
	let lastAt = clock();
	return (rows) => {
		const now = clock();
		if (rows - lastRows < EVERY_ROWS && now - lastAt < EVERY_MS) return;
		lastRows = rows;
		lastAt = now;
		emit(rows);
	};
}
