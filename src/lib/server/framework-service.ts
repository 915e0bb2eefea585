/**
 * Frameworks a user brings (docs/methodology.md section 3.7): checked (every problem at once),
 * stored once per id and version, and found again by `id` (its newest version) or `id@version`.
 * The default framework is built in and found the same way; it is never stored.
 */
import { createHash } from 'node:crypto';
import { FRAMEWORK_ID } from '../scoring/framework-problems.ts';
import { FrameworkError, parseFramework, type Framework } from '../scoring/framework.ts';
import type { HimapDatabase } from './db/connect.ts';
import * as repository from './db/frameworks.repository.ts';
import { DEFAULT_FRAMEWORK } from './framework-store.ts';

/** A framework file that is not valid JSON or not a valid framework: every problem, one a line. */
export class FrameworkInvalid extends Error {
	constructor(readonly problems: string[]) {
		super(`the framework has ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
	}
}

/** The same id and version stored already with other content. */
export class FrameworkVersionTaken extends Error {
	constructor(
		readonly id: string,
		readonly version: string
	) {
		super(
			`framework ${id} ${version} is stored already with other content; bump "version" in the file (a stored version never changes, so runs and exports under it keep meaning one framework)`
		);
	}
}

/** A framework asked for by name that is neither built in nor stored. */
export class FrameworkNotFound extends Error {
	constructor(readonly ref: string) {
		super(
			`no framework ${ref} is stored; \`himap framework list\` lists those there are, \`himap framework add <file.json>\` stores one`
		);
	}
}

export interface FrameworkEntry {
	id: string;
	version: string;
	sha256: string;
	/** When and by whom it was stored; null for the built-in default. */
	storedAt: string | null;
	storedBy: string | null;
	builtIn: boolean;
}

/** The content a version is compared by: the parsed JSON, so spacing and line ends do not count. */
const canonical = (parsed: unknown) => JSON.stringify(parsed);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const DEFAULT_SHA = sha256(canonical(DEFAULT_FRAMEWORK));

/** Parses and checks a framework file's text; throws FrameworkInvalid listing every problem. */
export function readFrameworkText(text: string): Framework {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (e) {
		throw new FrameworkInvalid([`$: not valid JSON (${(e as Error).message}); fix the syntax`]);
	}
	try {
		return parseFramework(parsed);
	} catch (e) {
		if (e instanceof FrameworkError) throw new FrameworkInvalid(e.problems);
		throw e;
	}
}

/**
 * Stores a framework file: `stored` the first time, `unchanged` when that id and version holds
 * this content already (built in or stored); FrameworkVersionTaken when it holds other content.
 */
export async function storeFramework(
	database: HimapDatabase,
	text: string,
	storedBy: string
): Promise<{ framework: Framework; outcome: 'stored' | 'unchanged' }> {
	const framework = readFrameworkText(text);
	const digest = sha256(canonical(framework));
	if (framework.id === DEFAULT_FRAMEWORK.id && framework.version === DEFAULT_FRAMEWORK.version) {
		if (digest !== DEFAULT_SHA) throw new FrameworkVersionTaken(framework.id, framework.version);
		return { framework: DEFAULT_FRAMEWORK, outcome: 'unchanged' };
	}
	const before = (await repository.versionsOf(database.db, framework.id)).find(
		(r) => r.version === framework.version
	);
	// Inserted unless there (another process may have stored it a moment ago): then compared.
	const row =
		before ??
		(await repository.insertFramework(database.db, {
			id: framework.id,
			version: framework.version,
			body: text,
			sha256: digest,
			stored_at: new Date().toISOString(),
			stored_by: storedBy
		}));
	if (row.sha256 !== digest) throw new FrameworkVersionTaken(framework.id, framework.version);
	return { framework: parsedRow(row), outcome: before ? 'unchanged' : 'stored' };
}

/** The built-in default and every stored version, default first. */
export async function listFrameworks(database: HimapDatabase): Promise<FrameworkEntry[]> {
	const rows = await repository.allFrameworks(database.db);
	return [
		{
			id: DEFAULT_FRAMEWORK.id,
			version: DEFAULT_FRAMEWORK.version,
			sha256: DEFAULT_SHA,
			storedAt: null,
			storedBy: null,
			builtIn: true
		},
		...rows.map((r) => ({
			id: r.id,
			version: r.version,
			sha256: r.sha256,
			storedAt: r.stored_at,
			storedBy: r.stored_by,
			builtIn: false
		}))
	];
}

/** What a framework reference looks like: `id` or `id@version` (ids as framework-problems.ts allows them). */
export const FRAMEWORK_REF = new RegExp(`^${FRAMEWORK_ID.source.slice(1, -1)}(@\\d+\\.\\d+\\.\\d+)?$`);

/** `id` or `id@version`, as on the command line and in URLs. */
export function parseFrameworkRef(ref: string): { id: string; version: string | null } {
	const at = ref.lastIndexOf('@');
	return at < 0 ? { id: ref, version: null } : { id: ref.slice(0, at), version: ref.slice(at + 1) };
}

export const frameworkRef = (f: Pick<Framework, 'id' | 'version'>) => `${f.id}@${f.version}`;

const byVersion = (a: string, b: string) => {
	const [x, y] = [a, b].map((v) => v.split('.').map(Number));
	return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
};

// A stored version never changes, so its parsed form is kept once read.
const parsed = new Map<string, Framework>();
function parsedRow(row: repository.StoredFrameworkRow): Framework {
	const key = `${row.id}@${row.version}|${row.sha256}`;
	let framework = parsed.get(key);
	if (!framework) parsed.set(key, (framework = readFrameworkText(row.body)));
	return framework;
}

/** The framework a reference names (the newest version for a bare id), or null. */
export async function findFramework(database: HimapDatabase, ref: string): Promise<Framework | null> {
	const { id, version } = parseFrameworkRef(ref);
	if (id === DEFAULT_FRAMEWORK.id && (version === null || version === DEFAULT_FRAMEWORK.version))
		return DEFAULT_FRAMEWORK;
	const rows = (await repository.versionsOf(database.db, id)).filter(
		(r) => version === null || r.version === version
	);
	const newest = rows.sort((a, b) => byVersion(b.version, a.version))[0];
	return newest ? parsedRow(newest) : null;
}

/** As findFramework, but a name that is not there is an error saying what to do. */
export async function requireFramework(database: HimapDatabase, ref: string): Promise<Framework> {
	const framework = await findFramework(database, ref);
	if (!framework) throw new FrameworkNotFound(ref);
	return framework;
}

/** The stored frameworks (not the default) that a run exists under: the background scorer keeps those current. */
export async function storedFrameworks(database: HimapDatabase): Promise<Framework[]> {
	return (await repository.allFrameworks(database.db)).map(parsedRow);
}
