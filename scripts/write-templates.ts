/** Writes static/templates/*.csv from the template definitions. A unit test checks they are current. */
import { writeFileSync } from 'node:fs';
import { TEMPLATE_FILES, templateFileText } from '../src/lib/survey/template-file.ts';

for (const f of TEMPLATE_FILES) writeFileSync(f.path, templateFileText(f.id, f.language));
console.log(`wrote ${TEMPLATE_FILES.length} template files`);
