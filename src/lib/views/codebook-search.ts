/** The methodology page's codebook search: rows with any field containing the words typed, case aside (names in both languages, identifiers, numbers). */
export function searchCodebook<R extends object>(rows: readonly R[], query: string): R[] {
	const needle = query.trim().toLowerCase();
	if (needle === '') return [...rows];
	return rows.filter((r) =>
		Object.values(r).some((v) =>
			String(v ?? '')
				.toLowerCase()
				.includes(needle)
		)
	);
}
