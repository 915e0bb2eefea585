import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_FILES, templateFileText } from '../src/lib/survey/template-file.ts';

describe('downloadable templates in static/templates', () => {
	it.each(TEMPLATE_FILES)(
		'$path is current (run scripts/write-templates.ts if not)',
		({ id, language, path }) => {
			expect(readFileSync(path, 'utf8')).toBe(templateFileText(id, language));
		}
	);
});
