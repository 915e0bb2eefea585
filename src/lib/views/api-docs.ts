/**
 * What /api/docs shows of the OpenAPI document (server/http/openapi.ts): each operation with its
 * parameters, body, responses and a curl example, and each schema as a table of fields. Pure: the
 * page's words come from the i18n files, the document's own text stays as written (English).
 */
import {
	resolveRef,
	type OpenApiDocument,
	type Operation,
	type Reference,
	type ResponseObject,
	type Schema,
	type SecurityRequirement
} from '../openapi/document.ts';

/**
 * The document's text, with its `code` spans (CommonMark's, the only markup it uses) told apart,
 * so that the page shows them as code and never renders the text as HTML.
 */
export type Prose = { text: string; code: boolean }[];

export function prose(text: string): Prose {
	return text
		.split('`')
		.map((part, i) => ({ text: part, code: i % 2 === 1 }))
		.filter((p) => p.text !== '');
}

/** A piece of a type as written for people; `anchor` is the schema's on the page, for a link. */
export interface TypePart {
	text: string;
	anchor?: string;
}

export interface FieldRow {
	name: string;
	type: TypePart[];
	required: boolean;
	description: Prose;
	/** The value used when it is left out. */
	default?: string;
}

export interface ParameterRow extends FieldRow {
	in: string;
}

export interface ResponseView {
	status: string;
	description: Prose;
	contents: { type: string; schema: TypePart[] }[];
	headers: { name: string; description: Prose }[];
}

/** `public`: no credentials; `optional`: credentials may show more; `signed-in`: a token or a session. */
export type Access = 'public' | 'optional' | 'signed-in';

export interface OperationView {
	anchor: string;
	method: string;
	path: string;
	summary: string;
	description: Prose;
	access: Access;
	parameters: ParameterRow[];
	body: { description: Prose; contentType: string; fields: FieldRow[] } | null;
	responses: ResponseView[];
	curl: string;
}

export interface SchemaView {
	name: string;
	anchor: string;
	title: string | null;
	description: Prose;
	/** The type, for a schema that is not an object of fields. */
	type: TypePart[];
	fields: FieldRow[];
}

export interface ApiDocsView {
	title: string;
	version: string;
	description: Prose;
	groups: { tag: string; operations: OperationView[] }[];
	schemes: { name: string; kind: string; description: Prose }[];
	schemas: SchemaView[];
}

export const schemaAnchor = (name: string) => `schema-${name}`;

const refName = (ref: string) => ref.split('/').pop()!;
const shown = (v: string | number | null) => (typeof v === 'string' ? `"${v}"` : String(v));

/** A schema's type, shortly: `string (date-time)`, `"csv" | "json"`, `array of ` + a linked name. */
export function typeParts(schema: Schema): TypePart[] {
	if (schema.$ref) return [{ text: refName(schema.$ref), anchor: schemaAnchor(refName(schema.$ref)) }];
	if (schema.anyOf) return schema.anyOf.flatMap((s, i) => [...(i ? [{ text: ' | ' }] : []), ...typeParts(s)]);
	if (schema.enum) return [{ text: schema.enum.map(shown).join(' | ') }];
	if (schema.items) return [{ text: 'array of ' }, ...typeParts(schema.items)];
	const types = [schema.type ?? []].flat();
	if (!types.length) return [{ text: 'any JSON value' }];
	const format = schema.format ?? (schema.contentMediaType && `file, ${schema.contentMediaType}`);
	return [{ text: types.join(' | ') + (format ? ` (${format})` : '') }];
}

/** The fields of an object schema, nested objects' fields under their dotted names (`checks[].ok`). */
export function fieldRows(schema: Schema, prefix = ''): FieldRow[] {
	const required = new Set(schema.required ?? []);
	return Object.entries(schema.properties ?? {}).flatMap(([name, field]) => {
		const row: FieldRow = {
			name: prefix + name,
			type: field.properties ? [{ text: 'object' }] : typeParts(field),
			required: required.has(name),
			description: prose(field.description ?? ''),
			...(field.default !== undefined && { default: String(field.default) })
		};
		const nested = field.properties
			? fieldRows(field, `${prefix}${name}.`)
			: field.items?.properties
				? fieldRows(field.items, `${prefix}${name}[].`)
				: [];
		return [row, ...nested];
	});
}

function access(security: SecurityRequirement[]): Access {
	if (security.length === 0) return 'public';
	return security.some((s) => Object.keys(s).length === 0) ? 'optional' : 'signed-in';
}

/** A shell command that calls the operation: example values in the URL, a token where one is needed. */
export function curlExample(origin: string, method: string, path: string, op: Operation): string {
	const params = op.parameters ?? [];
	let url = path;
	for (const p of params.filter((p) => p.in === 'path'))
		url = url.replace(`{${p.name}}`, p.example ?? p.name);
	const query = params
		.filter((p) => p.in === 'query' && p.example !== undefined)
		.map((p) => `${p.name}=${encodeURIComponent(p.example!)}`);
	const ok = Object.values(op.responses).find(
		(r) => 'description' in r && r.headers?.['Content-Disposition']
	);
	const words = [
		'curl',
		...(ok ? ['-OJ'] : []),
		...(method === 'get' ? [] : [`-X ${method.toUpperCase()}`]),
		...(access(op.security) === 'signed-in' ? ['-H "Authorization: Bearer $HIMAP_TOKEN"'] : []),
		...(op.requestBody?.content['multipart/form-data']?.schema?.required?.includes('file')
			? ['-F "file=@survey.csv"']
			: []),
		`"${origin}${url}${query.length ? `?${query.join('&')}` : ''}"`
	];
	return words.join(' \\\n  ');
}

export function apiDocsView(doc: OpenApiDocument, origin: string): ApiDocsView {
	const resolve = <T extends object>(value: T | Reference): T => resolveRef(doc, value);
	const operation = (path: string, method: string, op: Operation): OperationView => {
		const body = op.requestBody && Object.entries(op.requestBody.content)[0];
		return {
			anchor: op.operationId,
			method: method.toUpperCase(),
			path,
			summary: op.summary,
			description: prose(op.description),
			access: access(op.security),
			parameters: (op.parameters ?? []).map((p) => ({
				name: p.name,
				in: p.in,
				type: typeParts(p.schema),
				required: p.required ?? false,
				description: prose(p.description),
				...(p.schema.default !== undefined && { default: String(p.schema.default) })
			})),
			body: body
				? {
						description: prose(op.requestBody!.description),
						contentType: body[0],
						fields: body[1].schema ? fieldRows(body[1].schema) : []
					}
				: null,
			responses: Object.entries(op.responses).map(([status, r]) => {
				const response = resolve<ResponseObject>(r);
				return {
					status,
					description: prose(response.description),
					contents: Object.entries(response.content ?? {}).map(([type, media]) => ({
						type,
						schema: media.schema ? typeParts(media.schema) : []
					})),
					headers: Object.entries(response.headers ?? {}).map(([name, h]) => ({
						name,
						description: prose(resolve(h).description)
					}))
				};
			}),
			curl: curlExample(origin, method, path, op)
		};
	};
	const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
		Object.entries(item).map(([method, op]) => ({ tag: op.tags[0], view: operation(path, method, op) }))
	);
	return {
		title: doc.info.title,
		version: doc.info.version,
		description: prose(doc.info.description),
		groups: doc.tags
			.map((tag) => ({
				tag: tag.name,
				operations: operations.filter((o) => o.tag === tag.name).map((o) => o.view)
			}))
			.filter((g) => g.operations.length),
		schemes: Object.entries(doc.components.securitySchemes).map(([name, s]) => ({
			name,
			kind: s.type === 'http' ? `Authorization: Bearer ${s.bearerFormat ?? ''}`.trim() : `cookie ${s.name}`,
			description: prose(s.description)
		})),
		schemas: Object.entries(doc.components.schemas).map(([name, s]) => ({
			name,
			anchor: schemaAnchor(name),
			title: s.title ?? null,
			description: prose(s.description ?? ''),
			type: s.properties ? [{ text: 'object' }] : typeParts(s),
			fields: fieldRows(s)
		}))
	};
}
