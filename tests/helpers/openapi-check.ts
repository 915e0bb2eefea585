/**
 * Holds real HTTP answers to the OpenAPI document that describes them: the status must be one the
 * operation documents (no `default` to fall back on), the content type one documented for that
 * status, each header marked required present, and a JSON body valid against the documented schema
 * (Ajv, JSON Schema 2020-12 — OpenAPI 3.1's dialect). And which operations the routes under
 * src/routes/api answer, to hold the document's paths to them.
 *
 * The document's objects are open (clients must ignore fields they do not know); here they are
 * closed first, so that a field the API sends and the document does not name fails the check.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect } from 'vitest';
import {
	resolveRef,
	type OpenApiDocument,
	type Operation,
	type Reference,
	type ResponseObject,
	type Schema
} from '../../src/lib/openapi/document.ts';

const COMPONENTS = 'urn:himap:components';
const API_ROUTES = 'src/routes/api';

/** A copy with every object schema that lists properties closed to others, and refs pointed at COMPONENTS. */
export function closed(schema: Schema): Schema {
	const out: Schema = { ...schema };
	if (out.$ref) out.$ref = out.$ref.replace('#/components/schemas/', `${COMPONENTS}#/$defs/`);
	if (out.properties) {
		out.properties = Object.fromEntries(Object.entries(out.properties).map(([k, v]) => [k, closed(v)]));
		out.additionalProperties ??= false;
	}
	if (out.items) out.items = closed(out.items);
	if (out.anyOf) out.anyOf = out.anyOf.map(closed);
	return out;
}

/** The essence of a media type: `application/json; charset=utf-8` → `application/json`. */
export const essence = (contentType: string | null) => (contentType ?? '').split(';')[0].trim().toLowerCase();

export class ContractChecker {
	readonly ajv: Ajv2020;
	/**
	 * The same schemas stopping at the first error: a body of a hundred thousand rows (the Monte
	 * Carlo's draws) is checked in milliseconds, where collecting every error of every `anyOf`
	 * branch holds the event loop for seconds. `ajv` then says what is wrong with a misfit.
	 */
	private readonly quick: Ajv2020;
	private compiled = new Map<string, { quick: ValidateFunction; full: ValidateFunction }>();

	/** Compiling every component schema checks it against the 2020-12 meta-schema (strict: unknown keywords fail). */
	constructor(readonly doc: OpenApiDocument) {
		const defs = Object.fromEntries(Object.entries(doc.components.schemas).map(([k, v]) => [k, closed(v)]));
		const make = (allErrors: boolean) => {
			const ajv = new Ajv2020({ strict: true, allErrors, allowUnionTypes: true });
			addFormats(ajv);
			ajv.addSchema({ $id: COMPONENTS, $defs: defs });
			return ajv;
		};
		this.ajv = make(true);
		this.quick = make(false);
		for (const name of Object.keys(defs)) this.ajv.getSchema(`${COMPONENTS}#/$defs/${name}`);
	}

	operation(path: string, method: 'get' | 'post'): Operation {
		const op = this.doc.paths[path]?.[method];
		expect(op, `${method.toUpperCase()} ${path} is documented`).toBeDefined();
		return op!;
	}

	private resolve<T extends object>(value: T | Reference): T {
		return resolveRef(this.doc, value);
	}

	/** Every error of a value against one schema (closed and compiled once); none when it fits. */
	errorsOf(key: string, schema: Schema, value: unknown): unknown[] {
		let v = this.compiled.get(key);
		if (!v) {
			v = { quick: this.quick.compile(closed(schema)), full: this.ajv.compile(closed(schema)) };
			this.compiled.set(key, v);
		}
		return v.quick(value) || v.full(value) ? [] : (v.full.errors ?? []);
	}

	/** Checks one answer; returns its body (parsed when JSON) for the test's own assertions. */
	async check(path: string, method: 'get' | 'post', response: Response): Promise<unknown> {
		const what = `${method.toUpperCase()} ${path} → ${response.status}`;
		const op = this.operation(path, method);
		const documented = op.responses[String(response.status)];
		expect(documented, `${what} is a documented status`).toBeDefined();
		const entry = this.resolve<ResponseObject>(documented);
		for (const [name, header] of Object.entries(entry.headers ?? {}))
			if (this.resolve(header).required)
				expect(response.headers.get(name), `${what} sends ${name}`).not.toBeNull();
		const text = await response.text();
		if (!entry.content) {
			expect(text, `${what} has no body`).toBe('');
			return null;
		}
		const type = essence(response.headers.get('content-type'));
		const media = entry.content[type];
		expect(
			media,
			`${what} answers ${type}, documented: ${Object.keys(entry.content).join(', ')}`
		).toBeDefined();
		if (!type.endsWith('json')) return text;
		const body: unknown = JSON.parse(text);
		expect(
			this.errorsOf(`${what} ${type}`, media.schema!, body),
			`${what}: the body fits its schema`
		).toEqual([]);
		return body;
	}

	/** Checks each value against one component schema (closed), such as one export table's rows. */
	fitEach(name: string, values: readonly unknown[]): void {
		const quick = this.quick.getSchema(`${COMPONENTS}#/$defs/${name}`)!;
		const validate = this.ajv.getSchema(`${COMPONENTS}#/$defs/${name}`)!;
		const misfits = values.flatMap((v, i) =>
			quick(v) || validate(v) ? [] : [{ index: i, errors: validate.errors }]
		);
		expect(misfits.slice(0, 3), `every value fits ${name}`).toEqual([]);
	}
}

/** Every `METHOD /path` that a `+server.ts` under src/routes/api answers, `[param]` written `{param}`. */
export function routeOperations(dir = API_ROUTES): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return routeOperations(path);
		if (entry.name !== '+server.ts') return [];
		const route = `/api/${relative(API_ROUTES, dir).split(sep).join('/')}`.replace(/\[(\w+)\]/g, '{$1}');
		const methods = readFileSync(path, 'utf8').matchAll(
			/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g
		);
		return [...methods].map(([, m]) => `${m} ${route}`);
	});
}

export const documentedOperations = (doc: OpenApiDocument) =>
	Object.entries(doc.paths).flatMap(([path, item]) =>
		Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`)
	);
