import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/** CITATION.cff at the root of the repository: what GitHub and Zenodo read to cite the software. */
describe('CITATION.cff', () => {
	const cff = parse(readFileSync('CITATION.cff', 'utf8')) as Record<string, unknown>;

	it('is Citation File Format 1.2.0 with the keys that format requires', () => {
		expect(cff['cff-version']).toBe('1.2.0');
		expect(cff.message).toEqual(expect.stringMatching(/\S/));
		expect(cff.title).toEqual(expect.stringMatching(/HIMAP/));
		const authors = cff.authors as Record<string, string>[];
		expect(authors.length).toBeGreaterThan(0);
		// Each author a person (family-names) or an entity (name).
		for (const a of authors) expect(a['family-names'] ?? a.name).toEqual(expect.stringMatching(/\S/));
		expect(String(cff['date-released'])).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it('cites the version of package.json', () => {
		expect(cff.version).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
	});
});
