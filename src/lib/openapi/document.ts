/**
 * The parts of an OpenAPI 3.1 document that HIMAP's own document uses (server/http/openapi.ts), typed so that
 * a misspelt field fails the type check rather than the meta-schema test, and how its readers (the
 * /api/docs page, the contract test) follow a `$ref`. Schemas are JSON Schema 2020-12, OpenAPI
 * 3.1's dialect.
 */
export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

export interface Schema {
	$ref?: string;
	type?: JsonType | JsonType[];
	title?: string;
	description?: string;
	format?: string;
	pattern?: string;
	enum?: readonly (string | number | null)[];
	const?: string | number | boolean | null;
	default?: string | number | boolean;
	minimum?: number;
	maximum?: number;
	minItems?: number;
	maxItems?: number;
	properties?: Record<string, Schema>;
	required?: readonly string[];
	additionalProperties?: boolean | Schema;
	items?: Schema;
	anyOf?: Schema[];
	contentMediaType?: string;
	examples?: readonly unknown[];
}

export interface Header {
	description: string;
	/** Sent with every answer of that status (the contract test checks it). */
	required?: boolean;
	schema: Schema;
}

export interface MediaType {
	/** Left out for bytes that have no JSON shape (an XLSX workbook). */
	schema?: Schema;
	encoding?: Record<string, { contentType: string }>;
}

export interface Reference {
	$ref: string;
}

export interface ResponseObject {
	description: string;
	headers?: Record<string, Header | Reference>;
	content?: Record<string, MediaType>;
}

export interface Parameter {
	name: string;
	in: 'path' | 'query' | 'header' | 'cookie';
	description: string;
	required?: boolean;
	schema: Schema;
	/** What the curl example on /api/docs puts in the URL; parameters without one are left out of it. */
	example?: string;
}

export interface RequestBody {
	description: string;
	required: boolean;
	content: Record<string, MediaType>;
}

/** An empty object: the operation may be called without credentials. */
export type SecurityRequirement = Record<string, string[]>;

export interface Operation {
	operationId: string;
	summary: string;
	description: string;
	tags: string[];
	security: SecurityRequirement[];
	parameters?: Parameter[];
	requestBody?: RequestBody;
	responses: Record<string, ResponseObject | Reference>;
}

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type PathItem = Partial<Record<Method, Operation>>;

export interface SecurityScheme {
	type: 'http' | 'apiKey';
	description: string;
	scheme?: string;
	bearerFormat?: string;
	in?: 'header' | 'cookie';
	name?: string;
}

export interface OpenApiDocument {
	openapi: '3.1.1';
	info: { title: string; version: string; description: string };
	jsonSchemaDialect: string;
	servers: { url: string; description: string }[];
	tags: { name: string; description: string }[];
	paths: Record<string, PathItem>;
	components: {
		schemas: Record<string, Schema>;
		responses: Record<string, ResponseObject>;
		headers: Record<string, Header>;
		securitySchemes: Record<string, SecurityScheme>;
	};
}

/** The component a `#/components/<kind>/<name>` reference points at; anything else as it is. */
export function resolveRef<T extends object>(doc: OpenApiDocument, value: T | Reference): T {
	if (!('$ref' in value)) return value;
	const [, , kind, name] = value.$ref.split('/');
	return (doc.components as unknown as Record<string, Record<string, T>>)[kind][name];
}
