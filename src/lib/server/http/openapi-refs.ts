/**
 * Pieces the OpenAPI document's operations are written with (openapi-paths.ts,
 * openapi-downloads.ts): references to its components, media types, who may call, and the answers
 * every endpoint may give.
 */
import type { MediaType, Parameter, Reference, Schema, SecurityRequirement } from '../../openapi/document.ts';

export const schema = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
export const shared = (name: string): Reference => ({ $ref: `#/components/responses/${name}` });
export const header = (name: string): Reference => ({ $ref: `#/components/headers/${name}` });
export const json = (s: Schema): Record<string, MediaType> => ({ 'application/json': { schema: s } });
export const problem = (name = 'Problem'): Record<string, MediaType> => ({
	'application/problem+json': { schema: schema(name) }
});
export const arrayOf = (name: string): Schema => ({ type: 'array', items: schema(name) });

/** Who may call: anyone; anyone, though credentials may show more; or a signed-in caller only. */
export const PUBLIC: SecurityRequirement[] = [];
export const OPTIONAL: SecurityRequirement[] = [{}, { bearer: [] }, { session: [] }];
export const SIGNED_IN: SecurityRequirement[] = [{ bearer: [] }, { session: [] }];

export const yearParameter = (what: string): Parameter => ({
	name: 'year',
	in: 'query',
	description: `${what} A four-digit year; anything else answers 400.`,
	schema: { type: 'string', pattern: '^[0-9]{4}$' },
	example: '2024'
});

/** The answers every endpoint may give besides its own: the database out of reach, a bug. */
export const ALWAYS: Record<string, Reference> = {
	'500': shared('InternalError'),
	'503': shared('Unavailable')
};
