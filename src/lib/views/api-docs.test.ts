import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../server/http/openapi.ts';
import type { Operation, Schema } from '../openapi/document.ts';
import { apiDocsView, curlExample, fieldRows, prose, typeParts } from './api-docs.ts';

describe('prose', () => {
	it('tells code spans apart and keeps everything else as text', () => {
		expect(prose('send `Authorization: Bearer <token>` or <b>not</b>')).toEqual([
			{ text: 'send ', code: false },
			{ text: 'Authorization: Bearer <token>', code: true },
			{ text: ' or <b>not</b>', code: false }
		]);
		expect(prose('')).toEqual([]);
	});
});

describe('typeParts', () => {
	it.each<[Schema, string]>([
		[{ type: 'string', format: 'date-time' }, 'string (date-time)'],
		[{ type: ['integer', 'null'] }, 'integer | null'],
		[{ type: 'string', enum: ['csv', 'json'] }, '"csv" | "json"'],
		[{ type: ['string', 'null'], enum: ['open', null] }, '"open" | null'],
		[{ type: 'string', contentMediaType: 'text/csv' }, 'string (file, text/csv)'],
		[{ description: 'anything' }, 'any JSON value'],
		[{ type: 'array', items: { $ref: '#/components/schemas/Round' } }, 'array of Round']
	])('%j → %s', (schema, text) => {
		expect(
			typeParts(schema)
				.map((p) => p.text)
				.join('')
		).toBe(text);
	});
	it('links a referenced schema to its place on the page', () => {
		expect(typeParts({ $ref: '#/components/schemas/Problem' })).toEqual([
			{ text: 'Problem', anchor: 'schema-Problem' }
		]);
	});
});

describe('fieldRows', () => {
	it('lists nested objects and arrays of objects under dotted names', () => {
		const rows = fieldRows({
			type: 'object',
			required: ['checks'],
			properties: {
				checks: {
					type: 'array',
					items: { type: 'object', required: ['ok'], properties: { ok: { type: 'boolean' } } }
				},
				scoring: { type: 'object', properties: { queued: { type: 'integer', default: 0 } } }
			}
		});
		expect(rows.map((r) => [r.name, r.required, r.default])).toEqual([
			['checks', true, undefined],
			['checks[].ok', true, undefined],
			['scoring', false, undefined],
			['scoring.queued', false, '0']
		]);
	});
});

describe('curlExample', () => {
	const op = (o: Partial<Operation>): Operation => ({
		operationId: 'x',
		summary: '',
		description: '',
		tags: [],
		security: [],
		responses: {},
		...o
	});
	it('fills the path, adds example query values, a token where one is needed, and the file', () => {
		expect(
			curlExample(
				'https://himap.example',
				'post',
				'/api/v1/submissions',
				op({
					security: [{ bearer: [] }],
					parameters: [{ name: 'dryRun', in: 'query', description: '', schema: { type: 'string' } }],
					requestBody: {
						description: '',
						required: true,
						content: { 'multipart/form-data': { schema: { type: 'object', required: ['file'] } } }
					}
				})
			)
		).toBe(
			'curl \\\n  -X POST \\\n  -H "Authorization: Bearer $HIMAP_TOKEN" \\\n  -F "file=@survey.csv" \\\n  "https://himap.example/api/v1/submissions"'
		);
		expect(
			curlExample(
				'http://h',
				'get',
				'/api/v1/export/{table}',
				op({
					security: [{}, { bearer: [] }],
					parameters: [
						{ name: 'table', in: 'path', description: '', schema: { type: 'string' }, example: 'rates' },
						{ name: 'year', in: 'query', description: '', schema: { type: 'string' }, example: '2024' }
					],
					responses: {
						'200': { description: '', headers: { 'Content-Disposition': { $ref: '#/components/headers/X' } } }
					}
				})
			)
		).toBe('curl \\\n  -OJ \\\n  "http://h/api/v1/export/rates?year=2024"');
	});
});

describe('apiDocsView of the real document', () => {
	const doc = openApiDocument();
	const view = apiDocsView(doc, 'http://127.0.0.1:3000');
	it('shows every operation once, under its tag, with a curl example', () => {
		const shown = view.groups.flatMap((g) => g.operations.map((o) => `${o.method} ${o.path}`));
		const documented = Object.entries(doc.paths).flatMap(([path, item]) =>
			Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`)
		);
		expect(shown.sort()).toEqual(documented.sort());
		for (const op of view.groups.flatMap((g) => g.operations))
			expect(op.curl, op.anchor).toMatch(/^curl .*"http:\/\/127\.0\.0\.1:3000\/api\/v1\/[^{}"]+"$/s);
	});
	it('links only to schemas the page shows', () => {
		const anchors = new Set(view.schemas.map((s) => s.anchor));
		const links = JSON.stringify(view).matchAll(/"anchor":"(schema-[^"]+)"/g);
		for (const [, anchor] of links) expect(anchors, anchor).toContain(anchor);
	});
});
