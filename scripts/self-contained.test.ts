// A newcomer with only the clone must be able to follow every reference the repository makes: to a
// document, to a file, to a section. Documents that lived beside the repository while it was being
// built, and paths of the machine it was built on, are exactly what such a newcomer cannot open.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');

// Git's own, generated, installed or local to one machine: never checked in.
const SKIPPED = /^(\.git|\.svelte-kit|build|node_modules|test-results|package-lock\.json|\.env(\..*)?)$/;
// Text files by name: sources, docs, data tables, and extensionless scripts such as .ci/run.
const TEXT = /\.(c?js|css|csv|html|json|md|sh|svelte|ts|ya?ml)$|^[^.]+$/;

function* textFiles(directory: string): Generator<string> {
	for (const entry of readdirSync(directory, { withFileTypes: true })) {
		const path = join(directory, entry.name);
		if (SKIPPED.test(entry.name)) continue;
		if (entry.isDirectory()) yield* textFiles(path);
		else if (entry.isFile() && TEXT.test(entry.name)) {
			yield relative(ROOT, path);
		}
	}
}

const FILES = [...textFiles(ROOT)].map((path) => ({
	path,
	lines: readFileSync(join(ROOT, path), 'utf8').split('\n')
}));

/** Every line of every file that matches, as `file:line: what`. */
function offences(test: (line: string, file: string) => string | null): string[] {
	return FILES.flatMap(({ path, lines }) =>
		lines.flatMap((line, i) => {
			const what = test(line, path);
			return what === null ? [] : [`${path}:${i + 1}: ${what}: ${line.trim()}`];
		})
	);
}

// System locations (`/usr/bin/chromium`, `/tmp`, `/etc/postgresql`) are the same on every Debian
// machine and are documented where they are used; users' and workspaces' folders are not.
const OUTSIDE: [RegExp, string][] = [
	[
		/\b(DESIGN|STYLE|MEASURED)\.md\b/,
		'cites a brief kept outside the repository; cite docs/, the README or the code'
	],
	[/\.\.\/shared\b/, 'reads a folder beside the repository; vendor the file into data/'],
	[/\bseeds\/|\bseed (article )?0\d\d\b/, 'cites a background article by its file; cite the publication'],
	[
		/(?<![\w.~-])\/(work|home|root|Users)\//,
		'an absolute path of one machine; use a path relative to the repository'
	],
	[/\b[A-Z]:\\[A-Za-z]/, 'an absolute Windows path; use a path relative to the repository']
];

describe('the repository is self-contained', () => {
	it('cites no document outside it and no path of one machine', () => {
		const found = offences((line) => {
			if (ROOT.length > 1 && line.includes(ROOT)) return 'the path of this checkout';
			const why = OUTSIDE.filter(([pattern]) => pattern.test(line)).map(([, what]) => what);
			return why.length ? why.join('; ') : null;
		});
		expect(found).toEqual([]);
	});

	it('names only files that exist', () => {
		// A repository path in prose or code: `src/…`, `docs/…`, not part of a URL or a longer path.
		const PATH = /(?<![\w./@-])(?:bench|bin|data|docs|migrations|scripts|src|static|tests)\/[\w.+\-/[\]]*/g;
		const ELSEWHERE = [
			/^data\/himap\.db/, // the working database, made by the first command
			/^src\/coord\/geo\/parseGeoJson\.ts$/ // a file of echarts, named as such
		];
		const found = offences((line) => {
			const missing = [...line.matchAll(PATH)]
				// Trailing punctuation of the sentence, or the `]` of a markdown link's text.
				.map(([path]) => path.replace(/[.,:;]+$/, '').replace(/^([^[]*)\]$/, '$1'))
				.filter((path) => !ELSEWHERE.some((p) => p.test(path)) && !existsSync(join(ROOT, path)));
			return missing.length ? `no such file ${missing.join(', ')}` : null;
		});
		expect(found).toEqual([]);
	});

	it('links, in its markdown, only to files and headings that exist', () => {
		const LINK = /\[[^\]]*\]\(([^)\s]+)\)/g;
		const found = offences((line, file) => {
			if (extname(file) !== '.md') return null;
			const broken = [...line.matchAll(LINK)]
				.map(([, target]) => target)
				.filter((target) => !/^[a-z]+:/.test(target))
				.filter((target) => {
					const [path, anchor] = target.split('#');
					const linked = path ? join(dirname(file), path) : file;
					if (!existsSync(join(ROOT, linked))) return true;
					return anchor !== undefined && extname(linked) === '.md' && !anchorsOf(linked).has(anchor);
				});
			return broken.length ? `broken link ${broken.join(', ')}` : null;
		});
		expect(found).toEqual([]);
	});

	it('cites only sections of docs/methodology.md that exist', () => {
		const sections = new Set(
			readFileSync(join(ROOT, 'docs/methodology.md'), 'utf8')
				.split('\n')
				.map((line) => /^#{2,4} (\d+(?:\.\d+)*)\.? /.exec(line)?.[1])
				.filter((n): n is string => n !== undefined)
		);
		expect(sections.size).toBeGreaterThan(0);
		const CITATION = /docs\/methodology\.md,? sections? (\d+(?:\.\d+)*)/g;
		const found = offences((line) => {
			const missing = [...line.matchAll(CITATION)].map(([, n]) => n).filter((n) => !sections.has(n));
			return missing.length ? `no section ${missing.join(', ')}` : null;
		});
		expect(found).toEqual([]);
	});
});

/** The anchors GitHub gives a markdown file's headings (github-slugger), outside code blocks. */
function anchorsOf(file: string): Set<string> {
	const anchors = new Set<string>();
	const seen = new Map<string, number>();
	let fenced = false;
	for (const line of readFileSync(join(ROOT, file), 'utf8').split('\n')) {
		if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
		const heading = /^#{1,6} (.*)$/.exec(line)?.[1];
		if (fenced || !heading) continue;
		const base = heading
			.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
			.toLowerCase()
			.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
			.replace(/ /g, '-');
		const n = seen.get(base) ?? 0;
		seen.set(base, n + 1);
		anchors.add(n === 0 ? base : `${base}-${n}`);
	}
	return anchors;
}
