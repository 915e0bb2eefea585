import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../survey/templates.ts';
import { DEMO_YEARS } from './calibration.ts';
import { generateDemoFiles } from './generate.ts';
import { demoFiles, readCsv, REGIONS } from './test-support.ts';

describe('generateDemoFiles', () => {
	it('is deterministic: two runs give identical files', () => {
		expect(generateDemoFiles(REGIONS)).toEqual(demoFiles());
	});

	it('gives a regional (UTF-8, English headers) and a hospital (GB18030, Chinese headers) file per round', () => {
		const summary = demoFiles().map(({ fileName, template, year, headerLanguage, encoding }) => ({
			fileName,
			template,
			year,
			headerLanguage,
			encoding
		}));
		expect(summary).toEqual(
			DEMO_YEARS.flatMap((year) => [
				{
					fileName: `demo-regional-${year}.csv`,
					template: 'regional',
					year,
					headerLanguage: 'en',
					encoding: 'utf-8'
				},
				{
					fileName: `demo-hospital-${year}.csv`,
					template: 'hospital',
					year,
					headerLanguage: 'zh',
					encoding: 'gb18030'
				}
			])
		);
	});

	it.each(demoFiles().map((f) => [f.fileName, f] as const))(
		'%s has the template header and CRLF lines',
		(_, file) => {
			const columns = TEMPLATES[file.template].columns;
			const header = columns.map((c) => (file.headerLanguage === 'zh' ? c.zh : c.name)).join(',');
			expect(file.text.startsWith(`${header}\r\n`)).toBe(true);
			expect(file.text.endsWith('\r\n')).toBe(true);
			expect(file.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		}
	);

	it.each(demoFiles().map((f) => [f.fileName, f] as const))(
		'%s parses into rows of full width',
		(_, file) => {
			const parsed = Papa.parse<string[]>(file.text, { skipEmptyLines: true });
			const width = TEMPLATES[file.template].columns.length;
			expect({
				errors: parsed.errors,
				widths: [...new Set(parsed.data.map((r) => r.length))]
			}).toEqual({ errors: [], widths: [width] });
		}
	);

	it('exercises RFC 4180 quoting with names holding commas and double quotes', () => {
		const names = demoFiles()
			.filter((f) => f.template === 'hospital')
			.flatMap((f) => readCsv(f).map((r) => r.name));
		expect(names.some((n) => n.includes(','))).toBe(true);
		expect(names.some((n) => n.includes('"'))).toBe(true);
	});

	it('writes hospital files that survive a GB18030 round trip', () => {
		for (const file of demoFiles().filter((f) => f.encoding === 'gb18030')) {
			expect(iconv.decode(iconv.encode(file.text, 'gb18030'), 'gb18030')).toBe(file.text);
		}
	});
});
