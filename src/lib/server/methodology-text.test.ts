import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { methodologyText } from './methodology-text.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const document = readFileSync(join(root, 'docs/methodology.md'), 'utf8');

describe('the methodology text', () => {
	it('is docs/methodology.md, embedded by Vite', () => {
		expect(methodologyText()).toBe(document);
	});

	it('is docs/methodology.md under tsx too, whatever the working directory', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'himap-methodology-'));
		try {
			const script = join(dir, 'print.mjs');
			const module = pathToFileURL(join(root, 'src/lib/server/methodology-text.ts')).href;
			writeFileSync(
				script,
				`import { methodologyText } from ${JSON.stringify(module)};\nprocess.stdout.write(methodologyText());\n`
			);
			const { stdout } = await promisify(execFile)(process.execPath, [join(root, 'bin/run-ts.js'), script], {
				cwd: '/',
				maxBuffer: 16 * 1024 * 1024
			});
			expect(stdout).toBe(document);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
