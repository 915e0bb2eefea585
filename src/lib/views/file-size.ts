/** A file's size as a reader takes it in: bytes, KB or MB (1024-based, as file managers show). */
export function fileSize(bytes: number, locale: string): string {
	const n = (v: number, digits: number) => v.toLocaleString(locale, { maximumFractionDigits: digits });
	if (bytes < 1024) return `${n(bytes, 0)} B`;
	if (bytes < 1024 * 1024) return `${n(bytes / 1024, 1)} KB`;
	return `${n(bytes / 1024 / 1024, 1)} MB`;
}
