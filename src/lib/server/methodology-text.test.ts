import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { methodologyText } from './methodology-text.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const english = readFileSync(join(root, 'docs/methodology.md'), 'utf8');
const chinese = readFileSync(join(root, 'docs/methodology.zh.md'), 'utf8');

describe('the methodology text', () => {
	it('is docs/methodology.md in English and docs/methodology.zh.md in Chinese, embedded by Vite', () => {
		expect(methodologyText('en')).toBe(english);
		expect(methodologyText('zh-CN')).toBe(chinese);
		expect(methodologyText()).toBe(english);
	});

	it('is the same files under tsx too, whatever the working directory', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'himap-methodology-'));
		try {
			const script = join(dir, 'print.mjs');
			const module = pathToFileURL(join(root, 'src/lib/server/methodology-text.ts')).href;
			writeFileSync(
				script,
				`import { methodologyText } from ${JSON.stringify(module)};\n` +
					`process.stdout.write(JSON.stringify([methodologyText('en'), methodologyText('zh-CN')]));\n`
			);
			const { stdout } = await promisify(execFile)(process.execPath, [join(root, 'bin/run-ts.js'), script], {
				cwd: '/',
				maxBuffer: 16 * 1024 * 1024
			});
			expect(JSON.parse(stdout)).toEqual([english, chinese]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
