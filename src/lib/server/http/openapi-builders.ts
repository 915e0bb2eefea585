/** The small schema builders every part of the OpenAPI document is written with (openapi-*.ts). */
import type { Schema } from '../../openapi/document.ts';

export const integer = (description: string): Schema => ({ type: 'integer', description });
export const text = (description: string): Schema => ({ type: 'string', description });
export const nullable = (type: 'string' | 'integer', description: string): Schema => ({
	type: [type, 'null'],
	description
});
export const arrayOf = (items: Schema, description: string): Schema => ({
	type: 'array',
	items,
	description
});

/** An object whose every field is always sent, but those named `optional`. */
export const object = (
	description: string,
	properties: Record<string, Schema>,
	optional: string[] = []
): Schema => ({
	type: 'object',
	description,
	required: Object.keys(properties).filter((k) => !optional.includes(k)),
	properties
});
