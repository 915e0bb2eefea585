/**
 * HIMAP's HTTP API as an OpenAPI 3.1 document, served at `/api/v1/openapi.json` and shown to people
 * at `/api/docs`. Made from code, not kept as a file: the export tables' names and columns come
 * from the tables themselves (openapi-schemas.ts), so they cannot drift; the operations
 * (openapi-paths.ts) are held to the routes and to what they really answer by
 * tests/integration/openapi-contract.test.ts.
 */
import { createHash } from 'node:crypto';
import { version } from '../../../../package.json';
import { SESSION_COOKIE } from '../session-service.ts';
import { apiPaths } from './openapi-paths.ts';
import { header, schema } from './openapi-refs.ts';
import { componentSchemas } from './openapi-schemas.ts';
import type { Header, OpenApiDocument, ResponseObject } from '../../openapi/document.ts';

const problemResponse = (description: string, headers?: ResponseObject['headers']): ResponseObject => ({
	description,
	...(headers && { headers }),
	content: { 'application/problem+json': { schema: schema('Problem') } }
});

const HEADERS: Record<string, Header> = {
	RetryAfter: {
		description: 'Seconds to wait before trying again.',
		required: true,
		schema: { type: 'integer' }
	},
	WwwAuthenticate: {
		description: 'How to authenticate: `Bearer realm="himap"`.',
		required: true,
		schema: { type: 'string' }
	},
	ContentDisposition: {
		description: 'An attachment and its file name, such as `himap-rates-2024.csv`.',
		schema: { type: 'string' }
	},
	HimapScores: {
		description:
			'`current`, or `updating; rounds=2023,2024` while newer answers of those rounds are being scored (the last complete run is served meanwhile). Only for tables read from score runs.',
		schema: { type: 'string' }
	},
	HimapScoresComputedAt: {
		description: 'When the oldest score run in the answer was computed (ISO 8601, UTC).',
		schema: { type: 'string', format: 'date-time' }
	},
	HimapVersion: {
		description: 'The HIMAP version that made the export (package.json).',
		required: true,
		schema: { type: 'string' }
	},
	HimapCommit: {
		description:
			'The git commit of that HIMAP: 40 hex digits, `+dirty` when tracked files were changed, `unknown` when neither git nor `HIMAP_COMMIT` says.',
		required: true,
		schema: { type: 'string' }
	},
	HimapFramework: {
		description: 'The indicator framework, as `<id> <version>`: that of the score runs read.',
		required: true,
		schema: { type: 'string' }
	},
	HimapMethod: {
		description:
			'The method of the score runs read, as `normalise/weights/aggregate/outliers`; `none` for a table that reads none.',
		required: true,
		schema: { type: 'string' }
	},
	ETag: { description: 'The version of the document, for If-None-Match.', schema: { type: 'string' } }
};

/** The document. Pure: the same for every request of one build. */
export function openApiDocument(): OpenApiDocument {
	return {
		openapi: '3.1.1',
		info: {
			title: 'HIMAP HTTP API',
			version,
			description:
				"The Health Informatization Maturity Assessment Platform's API: export tables, survey submissions, rounds and health. Fields and endpoints may be added, never renamed or dropped (docs/contracts.md): ignore fields you do not know. Errors are `application/problem+json` (RFC 9457). Call it with an API token (`himap token create <login>`) as `Authorization: Bearer himap_…`; a browser signed in to HIMAP sends its session cookie instead."
		},
		jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
		servers: [{ url: '/', description: 'The HIMAP server that serves this document.' }],
		tags: [
			{ name: 'exports', description: 'The export tables, as `himap export` writes them.' },
			{ name: 'submissions', description: 'Survey files sent by submitters.' },
			{ name: 'rounds', description: 'Survey rounds and their states.' },
			{ name: 'admin', description: 'For admins only.' },
			{ name: 'system', description: 'Health and this document.' }
		],
		paths: apiPaths(),
		components: {
			schemas: componentSchemas(),
			responses: {
				BadRequest: problemResponse('A parameter is malformed: `detail` says which and how to write it.'),
				Unauthorized: problemResponse(
					'No credentials, or a token that is unknown, revoked or expired, or a session that has ended.',
					{ 'WWW-Authenticate': header('WwwAuthenticate') }
				),
				Forbidden: problemResponse("The caller's role may not do this: `detail` says who may."),
				Unavailable: problemResponse(
					'The database cannot be reached, a round is still being scored for the first time, or every export slot is taken; try again after Retry-After.',
					{ 'Retry-After': header('RetryAfter') }
				),
				InternalError: problemResponse('A bug: `id` is the reference under which the server logged it.')
			},
			headers: HEADERS,
			securitySchemes: {
				bearer: {
					type: 'http',
					scheme: 'bearer',
					bearerFormat: 'himap_…',
					description:
						"An API token from `himap token create <login>`: 256 random bits after `himap_`, shown once. It acts as its user, with that user's role and region."
				},
				session: {
					type: 'apiKey',
					in: 'cookie',
					name: SESSION_COOKIE,
					description:
						"The session cookie of a user signed in at /login. A POST with it must come from HIMAP's own pages (its Origin is checked)."
				}
			}
		}
	};
}

let served: { text: string; etag: string } | undefined;

/** `GET /api/v1/openapi.json`: the document, made once; 304 to a client that has it. */
export function openApiResponse(request: Request): Response {
	if (!served) {
		const text = JSON.stringify(openApiDocument());
		served = { text, etag: `"${createHash('sha256').update(text).digest('base64url').slice(0, 22)}"` };
	}
	const headers = {
		'content-type': 'application/json; charset=utf-8',
		// The same for everyone and changed only by a new release: cached for five minutes, then revalidated.
		'cache-control': 'public, max-age=300',
		etag: served.etag
	};
	if (request.headers.get('if-none-match') === served.etag)
		return new Response(null, { status: 304, headers });
	return new Response(served.text, { headers });
}
