import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, policyText } from './content-security-policy.js';

describe('policyText', () => {
	it('quotes keywords and hashes, not schemes or hosts, in the order given', () => {
		expect(
			policyText({
				'default-src': ['self'],
				'script-src': ['self', 'sha256-abc='],
				'img-src': ['self', 'data:', 'blob:', 'https://tiles.example'],
				'object-src': ['none']
			})
		).toBe(
			"default-src 'self'; script-src 'self' 'sha256-abc='; img-src 'self' data: blob: https://tiles.example; object-src 'none'"
		);
	});
});

describe('the pages’ directives', () => {
	it('run no script but our files and hashed inline ones: no inline, no eval, no plugins, no foreign base', () => {
		expect(CSP_DIRECTIVES['script-src']).toEqual(['self']);
		expect(CSP_DIRECTIVES['default-src']).toEqual(['self']);
		expect(CSP_DIRECTIVES['style-src-elem']).toEqual(['self']);
		expect(CSP_DIRECTIVES['object-src']).toEqual(['none']);
		expect(CSP_DIRECTIVES['base-uri']).toEqual(['self']);
		expect(CSP_DIRECTIVES['frame-ancestors']).toEqual(['none']);
	});
});
