/**
 * Frameworks on the command line: `--framework <file.json>` (score, framework add) stores a file
 * and scores under it; `--framework-id <id[@version]>` (score) and `--framework <id[@version]>`
 * (export) name one stored already (docs/contracts.md, Command line).
 */
import { readFileSync } from 'node:fs';
import type { Framework } from '../lib/scoring/framework.ts';
import type { HimapDatabase } from '../lib/server/db/connect.ts';
import {
	FrameworkInvalid,
	FrameworkNotFound,
	FrameworkVersionTaken,
	findFramework,
	storeFramework
} from '../lib/server/framework-service.ts';
import { EXIT, UsageError, type CliIo } from './io.ts';

/** Reads, checks and stores a framework file (a no-op for a version stored with the same content). */
export async function storeFrameworkFile(
	database: HimapDatabase,
	path: string
): Promise<{ framework: Framework; outcome: 'stored' | 'unchanged' }> {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (e) {
		throw new UsageError(`cannot read the framework file ${path}: ${(e as NodeJS.ErrnoException).code ?? e}`);
	}
	return storeFramework(database, text, 'cli');
}

/** A framework named by `id` (its newest version) or `id@version`; a name not stored is a usage error. */
export async function namedFramework(database: HimapDatabase, ref: string): Promise<Framework> {
	const framework = await findFramework(database, ref);
	if (!framework) throw new UsageError(new FrameworkNotFound(ref).message);
	return framework;
}

/**
 * Prints a framework file's refusal — every problem, one a line, then what happened — and gives
 * the exit code (1: invalid input, nothing stored); null for any other error.
 */
export function frameworkRefusal(command: string, path: string, e: unknown, io: CliIo): number | null {
	if (e instanceof FrameworkInvalid) {
		for (const problem of e.problems) io.err(`${path}: ${problem}\n`);
		io.err(`himap ${command}: ${e.message} in ${path}; nothing was stored\n`);
		return EXIT.invalid;
	}
	if (e instanceof FrameworkVersionTaken) {
		io.err(`himap ${command}: ${e.message}\n`);
		return EXIT.invalid;
	}
	return null;
}

export const describeFramework = (f: Framework) => `${f.id} ${f.version}`;
