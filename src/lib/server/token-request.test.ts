import { describe, expect, it } from 'vitest';
import { MAX_TOKEN_NAME, tokenRequest } from './token-request.ts';

describe('tokenRequest', () => {
	it.each([
		['nightly R', '', { ok: true, name: 'nightly R', expiresInDays: null }],
		['  spaced  ', ' 30 ', { ok: true, name: 'spaced', expiresInDays: 30 }],
		["'; DROP TABLE users;--", '9999', { ok: true, name: "'; DROP TABLE users;--", expiresInDays: 9999 }],
		['<script>alert(1)</script>', '1', { ok: true, name: '<script>alert(1)</script>', expiresInDays: 1 }],
		['卫'.repeat(MAX_TOKEN_NAME), '', { ok: true, name: '卫'.repeat(MAX_TOKEN_NAME), expiresInDays: null }]
	])('takes %j for %j days', (name, days, expected) => {
		expect(tokenRequest(name, days)).toEqual(expected);
	});

	it.each([
		['', '', [{ field: 'name', code: 'tokenNameEmpty' }]],
		['   ', '', [{ field: 'name', code: 'tokenNameEmpty' }]],
		['x'.repeat(MAX_TOKEN_NAME + 1), '', [{ field: 'name', code: 'tokenNameLong' }]],
		['evil\u202Etxt.exe', '', [{ field: 'name', code: 'tokenNameControl' }]],
		['two\nlines', '', [{ field: 'name', code: 'tokenNameControl' }]],
		['ok', '0', [{ field: 'days', code: 'tokenDaysShape' }]],
		['ok', '-3', [{ field: 'days', code: 'tokenDaysShape' }]],
		['ok', '1.5', [{ field: 'days', code: 'tokenDaysShape' }]],
		['ok', '10000', [{ field: 'days', code: 'tokenDaysShape' }]],
		[
			'',
			'soon',
			[
				{ field: 'name', code: 'tokenNameEmpty' },
				{ field: 'days', code: 'tokenDaysShape' }
			]
		]
	])('refuses %j for %j days, naming the field', (name, days, issues) => {
		expect(tokenRequest(name, days)).toEqual({ ok: false, issues });
	});
});
